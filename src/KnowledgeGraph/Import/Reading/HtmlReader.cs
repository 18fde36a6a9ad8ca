using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeGraph.Import;

/// <summary>
/// Reads a saved web page: AngleSharp parses it (its charset from the BOM or meta tag), SmartReader (a port
/// of Firefox's Readability) finds the article in it, so navigation, sidebars, footers and "related
/// articles" never become sections, and the article's elements become blocks: h1–h6 headings, paragraphs
/// (all-bold ones are titles, an opening bold run is a lead), list items with their depth and number, table
/// rows. Scripts, styles, forms and images give nothing.
/// </summary>
public sealed class HtmlReader(TextNormalizer normalizer)
{
    /// <summary>Deeper element nesting is refused: no page nests this far, and the walks over it stay bounded.</summary>
    public const int MaxDepth = 256;

    static HtmlReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static HtmlParser Parser => OnFirstPage.Parser;

    /// <summary>
    /// AngleSharp's parser, made when the first web page is read: setting it up takes a noticeable part of a
    /// command's start-up (measured: 55 ms of 0.56 s for one Markdown file), which a folder of Markdown need not pay.
    /// </summary>
    private static class OnFirstPage
    {
        public static readonly HtmlParser Parser = new(new HtmlParserOptions { MaximumDepth = MaxDepth * 2, IsScripting = false });
    }

    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "form", "button",
        "select", "textarea", "input", "nav", "img", "picture", "video", "audio", "head",
    };

    /// <exception cref="ImportException">Elements nested past <see cref="MaxDepth"/>.</exception>
    public ReadDocument Read(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var page = Parser.ParseDocument(stream);
        RefuseDeepNesting(page);
        var builder = new DocumentBuilder(normalizer);
        var (title, article) = MainContent(page, content);
        if (!string.IsNullOrWhiteSpace(title))
        {
            builder.Add(BlockKind.Heading, 1).Text.Append(title);
        }
        new Walk(builder).Blocks(article, listDepth: 0);
        return builder.Build();
    }

    /// <summary>The page's title and the element holding its article: Readability's pick, else the body without its page furniture.</summary>
    private static (string? Title, IElement Article) MainContent(IHtmlDocument page, byte[] content)
    {
        string? title = page.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } heading ? heading : page.Title?.Trim();
        try
        {
            using var reader = new SmartReader.Reader("https://report.invalid/", page) { ContinueIfNotReadable = true, CharThreshold = 200 };
            var article = reader.GetArticle();
            if (article.Completed && !string.IsNullOrWhiteSpace(article.Content) && article.Length * 2 >= TextLength(page.Body))
            {
                var fragment = Parser.ParseDocument($"<body>{article.Content}</body>");
                return (title, fragment.Body!);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or NullReferenceException)
        {
            // Readability gives up on some pages; the body without its furniture is then the article.
        }
        // Readability works on the page itself; on a page without text it can take the body away, so read a fresh copy.
        var body = page.Body ?? Parser.ParseDocument(new MemoryStream(content, writable: false)).Body
            ?? throw new ImportException("the page has no body: no text to read");
        foreach (var furniture in body.QuerySelectorAll("header, footer, aside, nav, [role=navigation], [role=banner], [role=contentinfo]").ToList())
        {
            furniture.Remove();
        }
        return (title, body);
    }

    // Readability keeps too little of a short page (it wants long paragraphs): then the whole body is read.
    private static int TextLength(IElement? body) => body?.TextContent.Count(c => !char.IsWhiteSpace(c)) ?? 0;

    private static void RefuseDeepNesting(IHtmlDocument page)
    {
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((page.DocumentElement, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > MaxDepth)
            {
                throw new ImportException($"HTML elements nested more than {MaxDepth} deep: not a report's page");
            }
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
    }

    /// <summary>One pass over the article's elements, in reading order.</summary>
    private sealed class Walk(DocumentBuilder builder)
    {
        private PendingBlock? _loose;

        public void Blocks(IElement container, int listDepth)
        {
            foreach (var node in container.ChildNodes)
            {
                if (node is IText text)
                {
                    if (!string.IsNullOrWhiteSpace(text.Data))
                    {
                        // Text straight inside a container, beside blocks: a paragraph of its own.
                        (_loose ??= builder.Add(BlockKind.Paragraph, listDepth)).Text.Append(text.Data);
                    }
                    continue;
                }
                if (node is not IElement element || Ignored.Contains(element.LocalName))
                {
                    continue;
                }
                if (IsPhrasing(element))
                {
                    _loose ??= builder.Add(BlockKind.Paragraph, listDepth);
                    Inline(_loose, element);
                    continue;
                }
                _loose = null;
                Block(element, listDepth);
                _loose = null;
            }
        }

        private void Block(IElement element, int listDepth)
        {
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Paragraph(builder.Add(BlockKind.Heading, element.LocalName[1] - '0'), element);
                    break;
                case "p" or "pre" or "dt" or "dd" or "figcaption" or "caption" or "summary":
                    foreach (var run in LeadRuns(element))
                    {
                        Paragraph(builder.Add(BlockKind.Paragraph, listDepth), run);
                    }
                    break;
                case "ul" or "ol":
                    List(element, listDepth + 1);
                    break;
                case "table":
                    foreach (var row in element.QuerySelectorAll("tr"))
                    {
                        Row(builder.Add(BlockKind.TableRow), row);
                    }
                    break;
                case "div" when !element.Children.Any(child => !IsPhrasing(child) && !Ignored.Contains(child.LocalName)):
                    // A div of words only is a paragraph as pages write them.
                    Paragraph(builder.Add(BlockKind.Paragraph, listDepth), element);
                    break;
                default:
                    Blocks(element, listDepth);
                    break;
            }
        }

        private void List(IElement list, int depth)
        {
            var number = list.LocalName == "ol" && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
            foreach (var item in list.Children.Where(child => child.LocalName == "li"))
            {
                var block = builder.Add(BlockKind.ListItem, depth);
                if (list.LocalName == "ol")
                {
                    block.Text.Append(number++).Append(". ");
                }
                // The entry's own words (up to its first paragraph's end); nested lists and later paragraphs follow as blocks.
                var rest = new List<IElement>();
                var first = true;
                var nodes = new List<INode>();
                foreach (var node in item.ChildNodes)
                {
                    if (node is IElement child && !IsPhrasing(child))
                    {
                        if (first && child.LocalName == "p" && nodes.All(n => n is IText t && string.IsNullOrWhiteSpace(t.Data)))
                        {
                            nodes.AddRange(child.ChildNodes);
                        }
                        else
                        {
                            rest.Add(child);
                        }
                        first = false;
                        continue;
                    }
                    if (rest.Count == 0)
                    {
                        nodes.Add(node);
                    }
                }
                Fill(block, nodes);
                foreach (var child in rest)
                {
                    if (child.LocalName is "ul" or "ol")
                    {
                        List(child, depth + 1);
                    }
                    else if (child.LocalName == "p")
                    {
                        Paragraph(builder.Add(BlockKind.Paragraph, depth), child);
                    }
                    else if (!Ignored.Contains(child.LocalName))
                    {
                        Block(child, depth);
                    }
                }
            }
        }

        private static void Row(PendingBlock block, IElement row)
        {
            foreach (var cell in row.Children.Where(cell => cell.LocalName is "td" or "th"))
            {
                if (block.Text.Length > 0)
                {
                    block.Text.Append(" | ");
                }
                Inline(block, cell);
            }
        }

        private static void Paragraph(PendingBlock block, IElement element) => Fill(block, element.ChildNodes);

        private static void Paragraph(PendingBlock block, IReadOnlyList<INode> run) => Fill(block, run);

        /// <summary>The block's words; an opening bold run is its lead, bold throughout makes it a title.</summary>
        private static void Fill(PendingBlock block, IEnumerable<INode> nodes)
        {
            var leading = true;
            foreach (var node in nodes)
            {
                if (leading && node is IText blank && string.IsNullOrWhiteSpace(blank.Data))
                {
                    continue;
                }
                if (leading && node is IElement strong && IsBold(strong))
                {
                    block.BeginLead();
                    Inline(block, strong);
                    block.EndLead();
                }
                else
                {
                    Append(block, node);
                }
                leading = false;
            }
            block.PromoteWholeBoldLead();
        }

        /// <summary>A paragraph's nodes split before every bold lead that starts a sentence (<see cref="LeadRuns"/>).</summary>
        private static IEnumerable<IReadOnlyList<INode>> LeadRuns(IElement paragraph) =>
            Import.LeadRuns.Split<INode>(paragraph.ChildNodes.ToList(), node => node is IElement element && IsBold(element), node => node.TextContent);

        private static void Append(PendingBlock block, INode node)
        {
            switch (node)
            {
                case IText text:
                    block.Text.Append(text.Data);
                    break;
                case IElement element:
                    Inline(block, element);
                    break;
            }
        }

        private static void Inline(PendingBlock block, IElement element)
        {
            if (Ignored.Contains(element.LocalName))
            {
                return;
            }
            if (element.LocalName == "br")
            {
                block.Text.Append(' ');
                return;
            }
            var href = element.LocalName == "a" ? element.GetAttribute("href") : null;
            var from = href is not null ? block.Mark() : -1;
            foreach (var child in element.ChildNodes)
            {
                Append(block, child);
            }
            if (!string.IsNullOrEmpty(href) && !href.StartsWith('#'))
            {
                block.AddLink(from, block.Mark(), href);
            }
        }

        private static bool IsBold(IElement element) => element.LocalName is "strong" or "b";

        private static readonly HashSet<string> Phrasing = new(StringComparer.OrdinalIgnoreCase)
        {
            "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
            "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "del", "ins", "font", "label",
        };

        private static bool IsPhrasing(IElement element) => Phrasing.Contains(element.LocalName) || Ignored.Contains(element.LocalName);
    }
}
