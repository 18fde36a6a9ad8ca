using KnowledgeGraph.Graph;

namespace KnowledgeGraph.Import;

/// <summary>
/// Finds the trends and challenges of an outline. The nearest heading with a cue decides the kind. A
/// section with subsections or a prose enumeration is a container whose parts are the items; when some
/// parts carry cues of their own and are containers too (3.1 技术发展趋势 beside 3.2 应用领域拓展), only
/// those are followed, so neighbouring "drivers" or "impact" sections do not become items.
/// </summary>
internal sealed class ItemExtractor(Ontology.Ontology ontology)
{
    private readonly HeadingCues _cues = new(ontology);
    private readonly ProseEnumeration _enumeration = new(ontology);
    private readonly KeyPhrase _keyPhrase = new(ontology);

    public IReadOnlyList<Item> Extract(string text, Outline outline, ICollection<string> warnings)
    {
        var walk = new Walk(text, [], warnings, new IReadOnlyList<(TextSpan Step, int TextStart)>?[outline.SectionCount]);
        foreach (var child in outline.Root.Children)
        {
            Visit(walk, child, inherited: null);
        }
        return walk.Items;
    }

    /// <summary>One extraction's state; steps are asked for twice per section, so they are kept.</summary>
    private sealed record Walk(string Text, List<Item> Items, ICollection<string> Warnings,
        IReadOnlyList<(TextSpan Step, int TextStart)>?[] Steps);

    private void Visit(Walk walk, Section section, NodeKind? inherited)
    {
        var (text, items, warnings, _) = walk;
        if (section.IsReferences)
        {
            return;
        }
        var own = _cues.KindOf(section.Heading);
        var kind = own ?? inherited;
        if (kind is not { } itemKind)
        {
            foreach (var child in section.Children)
            {
                Visit(walk, child, null);
            }
            return;
        }

        var steps = StepsOf(walk, section);
        var children = section.Children.Where(child => !child.IsReferences).ToList();
        if (steps.Count == 0 && children.Count == 0)
        {
            if (inherited is not null)
            {
                items.Add(new Item(itemKind, Citations.Strip(section.Heading).Trim(), section, [section.HeadingSpan, .. section.Body],
                    section.Body.Count > 0 ? section.Body[0].Start : section.HeadingSpan.Start));
            }
            else
            {
                warnings.Add($"'{section.Heading}' announces {itemKind.ToUpperName()} items but lists none");
            }
            return;
        }

        foreach (var (step, textStart) in steps)
        {
            var name = _keyPhrase.Of(text, textStart, step.End);
            if (name.Length > 0)
            {
                items.Add(new Item(itemKind, name, section, [step], textStart));
            }
        }
        var cuedContainers = children.Where(child => _cues.KindOf(child.Heading) is not null && IsContainer(walk, child)).ToList();
        foreach (var child in cuedContainers.Count > 0 ? cuedContainers : children)
        {
            Visit(walk, child, itemKind);
        }
    }

    private bool IsContainer(Walk walk, Section section) => section.Children.Count > 0 || StepsOf(walk, section).Count > 0;

    private IReadOnlyList<(TextSpan Step, int TextStart)> StepsOf(Walk walk, Section section)
    {
        return walk.Steps[section.Index] ??= _enumeration.Steps(walk.Text, section.Body);
    }
}
