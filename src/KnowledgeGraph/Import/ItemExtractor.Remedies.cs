using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>Remedies sections and the countermeasures they name.</summary>
internal sealed partial class ItemExtractor
{
    /// <summary>
    /// The countermeasures a remedies section names: its subsections and bold-lead points (a subsection that is
    /// itself a remedies heading is followed down), else its list entries. Prose speaks through the technologies
    /// its sentences name.
    /// </summary>
    private void AddCountermeasures(Walk walk, Section section, Item? addresses, List<Countermeasure> found)
    {
        var parts = section.Children.Where(child => !child.IsReferences && _cues.RoleOf(child.Heading) != HeadingRole.NonItem).ToList();
        foreach (var part in parts)
        {
            if (IsRemedy(part))
            {
                // "(一)数据采集阶段的风险治理" groups remedies; it is not one. Its parts, or its sentences, name them.
                AddCountermeasures(walk, part, addresses, found);
                continue;
            }
            var name = ItemName.Of(part.Heading);
            if (name.Length > 0)
            {
                found.Add(new Countermeasure(name, part, [part.HeadingSpan, .. part.SelfAndDescendants().SelectMany(at => at.Body)], addresses) { Remedies = section });
            }
        }
        if (parts.Count > 0)
        {
            return;
        }
        foreach (var entry in section.ListItems)
        {
            var (name, _) = ListItemName(walk.Text, entry);
            if (name.Length > 0)
            {
                found.Add(new Countermeasure(name, section, section.EntryWithDetails(entry), addresses));
            }
        }
        // Prose (首先…其次… or none): the technologies its sentences name are the countermeasures; a clause
        // of prose names a remedy too loosely to be one.
        if (section.ListItems.Count == 0)
        {
            found.Add(new Countermeasure(null, section, [.. section.Body], addresses));
        }
    }

    private bool IsSubjectOfRemedies(Section section, List<Section> parts) =>
        parts.Any(IsRemedy) && parts.Any(part => _cues.KindOf(part.Heading) == NodeKind.Challenge && part.Children.Count > 0);

    /// <summary>Where "… can be reduced by the following strategies:" ends in the section's own text, or int.MaxValue.</summary>
    private int RemediesFrom(Walk walk, Section section) =>
        section.Body.LastOrDefault(span => IsRemedyIntro(walk.Text, span)) is { Length: > 0 } intro ? intro.End : int.MaxValue;

    // "To mitigate gradient-based attacks, several strategies can be employed:" (a verb of remedy) introduces
    // remedies; "Let's explore these challenges and potential solutions:" introduces the challenges.
    private bool IsRemedyIntro(string text, TextSpan span) =>
        span.Length > 0 && text[span.End - 1] == ':'
        && (_remedyVerbs.IsIn(span.SpanOf(text)) || (_remedyIntro.IsIn(span.SpanOf(text)) && !_cues.HasChallengeCue(span.SpanOf(text))));

    private bool IsRemedy(Section section) => _cues.RoleOf(section.Heading) == HeadingRole.Mitigations;
}
