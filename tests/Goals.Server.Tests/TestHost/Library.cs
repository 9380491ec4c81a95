namespace Goals.Server.Tests.TestHost;

public sealed record Author(string Id, string Name);

public sealed record Book(string Id, string Title, string AuthorId);

/// <summary>The tiny in-memory store behind the test schema; counts the calls the DataLoader tests assert on.</summary>
public sealed class Library
{
    private readonly Lock _gate = new();
    private readonly List<Book> _books = [];
    private readonly Dictionary<string, Author> _authors = new(StringComparer.Ordinal);
    private int _authorBatches;

    public Library()
    {
        foreach (var author in new[] { new Author("a1", "Ursula K. Le Guin"), new Author("a2", "Octavia E. Butler"), new Author("a3", "Ted Chiang") })
            _authors[author.Id] = author;
        string[] titles = ["Binti", "Dawn", "Exhalation", "Kindred", "Lilith's Brood", "Parable of the Sower",
            "Stories of Your Life", "The Dispossessed", "The Lathe of Heaven", "The Left Hand of Darkness",
            "Tehanu", "Wild Seed"];
        for (var i = 0; i < titles.Length; i++)
            _books.Add(new Book($"b{i + 1:00}", titles[i], $"a{(i % 3) + 1}"));
    }

    public int AuthorBatchCalls => Volatile.Read(ref _authorBatches);

    /// <summary>Books ordered by title then id, the order the <c>books</c> connection pages in.</summary>
    public IReadOnlyList<Book> BooksByTitle()
    {
        lock (_gate)
            return [.. _books.OrderBy(b => b.Title, StringComparer.Ordinal).ThenBy(b => b.Id, StringComparer.Ordinal)];
    }

    public Book? FindBook(string id)
    {
        lock (_gate)
            return _books.Find(b => b.Id == id);
    }

    public IReadOnlyDictionary<string, Author> AuthorsById(IEnumerable<string> ids)
    {
        Interlocked.Increment(ref _authorBatches);
        lock (_gate)
            return ids.Where(_authors.ContainsKey).Distinct().ToDictionary(id => id, id => _authors[id]);
    }

    public bool HasTitle(string title)
    {
        lock (_gate)
            return _books.Exists(b => string.Equals(b.Title, title, StringComparison.OrdinalIgnoreCase));
    }

    public Book Add(string title, string authorId)
    {
        lock (_gate)
        {
            var book = new Book($"b{_books.Count + 1:00}", title, authorId);
            _books.Add(book);
            return book;
        }
    }

    public bool HasAuthor(string id) => _authors.ContainsKey(id);
}
