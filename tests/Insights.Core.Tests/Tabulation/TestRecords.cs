using FsCheck.Fluent;
using FsCheck;
using Insights.Core.Model;
using Insights.Core.Tabulation;
using Xunit;

namespace Insights.Core.Tests.Tabulation;

// Answer enums of the test records: int-based, numbered from 0, each member labelled. Some labels hold a comma,
// quotes or an apostrophe so that every renderer meets them.
public enum Colour
{
    [Label("Red")] Red,
    [Label("Green")] Green,
    [Label("Blue, \"navy\"")] Blue,
    [Label("Don't know")] DontKnow,
}

public enum Pet
{
    [Label("Cat")] Cat,
    [Label("Dog")] Dog,
    [Label("Fish")] Fish,
    [Label("Bird | parrot")] Bird,
    [Label("None")] None,
}

public enum Region
{
    [Label("North")] North,
    [Label("South")] South,
    [Label("East, coast")] East,
}

public enum Agreement
{
    [Label("Strongly agree")] StronglyAgree,
    [Label("Agree")] Agree,
    [Label("Not certain")] NotCertain,
    [Label("Disagree")] Disagree,
    [Label("Disagree strongly")] DisagreeStrongly,
}

/// <summary>A test record with one field for every kind of question a tabulator reads.</summary>
public sealed record Person(
    Colour? Favourite,
    Colour? FavouriteLater,
    EnumSet<Pet>? Pets,
    int? Age,
    Region? Region,
    Agreement? Safer,
    Agreement? Happier,
    IReadOnlyList<Colour?> Friends,
    IReadOnlyList<EnumSet<Pet>?> Homes,
    string? Team = null,
    bool? Member = null)
{
    public static Person Blank { get; } = new(null, null, null, null, null, null, null, [], []);

    /// <summary>The teams the catalogue names; the generator also makes a team outside them, and blank ones.</summary>
    public static string[] Teams { get; } = ["Alpha", "Beta", "Gamma", "Delta"];

    // Keeps FsCheck's counter-examples short: records are shown by their answers only.
    public override string ToString()
        => $"({Favourite?.ToString() ?? "-"},{FavouriteLater?.ToString() ?? "-"},{Pets?.Bits.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"},{Age?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"},{Region?.ToString() ?? "-"},{Safer?.ToString() ?? "-"},{Happier?.ToString() ?? "-"},[{string.Join(' ', Friends)}],[{string.Join(' ', Homes.Select(h => h?.Bits))}],{Team ?? "-"},{Member?.ToString() ?? "-"})";
}

/// <summary>A dataset and a random way to cut it into parts and put them back together.</summary>
public sealed record Split(Person[] People, int Seed)
{
    public override string ToString() => $"{People.Length} people, seed {Seed}: {string.Join(' ', People.Take(40))}";
}

public static class TabulationGenerators
{
    public static Gen<T?> Maybe<T>(Gen<T> gen, int presentWeight = 4) where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (presentWeight, gen.Select(v => (T?)v)));

    public static Gen<TEnum> AnswerOf<TEnum>() where TEnum : struct, Enum => Gen.Elements(Labels.All<TEnum>().ToArray());

    public static Gen<EnumSet<Pet>> PetSet { get; } = Gen.Choose(0, (1 << Labels.All<Pet>().Count) - 1).Select(bits => EnumSet<Pet>.FromBits((ulong)bits));

    public static Gen<Person> Person { get; } =
        from favourite in Maybe(AnswerOf<Colour>())
        from later in Maybe(AnswerOf<Colour>())
        from pets in Maybe(PetSet)
        from age in Maybe(Gen.Frequency((1, Gen.Choose(-3, -1)), (10, Gen.Choose(0, 75))))
        from region in Maybe(AnswerOf<Region>())
        from safer in Maybe(AnswerOf<Agreement>())
        from happier in Maybe(AnswerOf<Agreement>())
        from friendCount in Gen.Choose(0, 3)
        from friends in Gen.ArrayOf(Maybe(AnswerOf<Colour>()), friendCount)
        from homeCount in Gen.Choose(0, 2)
        from homes in Gen.ArrayOf(Maybe(PetSet), homeCount)
        from team in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("Zeta")), (8, Gen.Elements(global::Insights.Core.Tests.Tabulation.Person.Teams).Select(t => (string?)t)))
        from member in Maybe(Gen.Elements(true, false))
        select new Person(favourite, later, pets, age, region, safer, happier, friends, homes, team, member);

    /// <summary>Datasets of a few hundred records at most; tiny and empty ones come up often.</summary>
    public static Gen<Person[]> People { get; } = Gen.Sized(size => Gen.Choose(0, size * 3)).SelectMany(n => Gen.ArrayOf(Person, n));

    public static Arbitrary<Person[]> PeopleArbitrary() => Arb.From(People);

    public static Arbitrary<Person> PersonArbitrary() => Arb.From(Person);

    public static Arbitrary<Split> SplitArbitrary() => Arb.From(from people in People from seed in Gen.Choose(0, int.MaxValue) select new Split(people, seed));
}

/// <summary>Table definitions over <see cref="Person"/> covering every tabulator kind and modifier.</summary>
public static class Catalogue
{
    public static SingleChoiceTabulator<Person, Colour> Favourite { get; } = Tabulate.SingleChoice("Favourite colour", (Person p) => p.Favourite);

    public static SingleChoiceTabulator<Person, Colour> FavouriteWithNets { get; } = Tabulate.SingleChoice("Favourite colour, grouped", (Person p) => p.Favourite)
        .WithLayout(rows => rows
            .Parent("Red or green", Colour.Red, Colour.Green).SubAnswers(Colour.Red, Colour.Green)
            .Answers(Colour.Blue)
            .Net("Any colour", Colour.Red, Colour.Green, Colour.Blue)
            .Answers(Colour.DontKnow)
            .Total());

    public static MultiSelectTabulator<Person, Pet> Pets { get; } = Tabulate.MultiSelect("Pets at home", (Person p) => p.Pets)
        .WithLayout(rows => rows
            .Answers(Pet.Cat, Pet.Dog)
            .Net("Furry", Pet.Cat, Pet.Dog)
            .Parent("Small", Pet.Fish, Pet.Bird).SubAnswers(Pet.Fish, Pet.Bird)
            .Answers(Pet.None)
            .Total())
        .WithSetSizeStatistic(SetSizeStatistic.MeanOfAtLeastOne("Average number of pets", 1), Pet.None)
        .WithSetSizeStatistic(SetSizeStatistic.CountAtLeast("Two or more pets", 2), Pet.None);

    public static GridTabulator<Person, Agreement> Outcomes { get; } = Tabulate.Grid(
            "Outcomes",
            new GridItem<Person, Agreement>("Feel safer", p => p.Safer),
            new GridItem<Person, Agreement>("Happier", p => p.Happier))
        .WithLayout(RowLayout<Agreement>.AllAnswers.Net("Total Agree", Agreement.StronglyAgree, Agreement.Agree))
        .WithMissing(MissingAnswers.ShownSeparately);

    public static NumericTabulator<Person> Ages { get; } = Tabulate.Numeric("Age", (Person p) => p.Age, maximum: 60)
        .WithBand("<18", 0, 17)
        .WithBand("18-40", 18, 40)
        .WithBand("41+", 41)
        .WithStatistic(new NumericStatistic("Average age (mean)", Average.Mean, decimals: 1))
        .WithStatistic(new NumericStatistic("Average age (median)", Average.Median))
        .WithStatistic(new NumericStatistic("Median in weeks", Average.Median, decimals: 2, unit: "weeks", divisor: 7))
        .WithStatistic(new NumericStatistic("Mean age of adults", Average.Mean, minimum: 18))
        .WithErrors();

    public static CountsTabulator<Person> NeedsSupportImpact { get; } = Tabulate.Counts<Person>("Needs, support and impact")
        .WithColumn("Needs", _ => true)
        .WithColumn("Support", _ => true)
        .WithColumn("Improved", _ => true, group: "Impact")
        .WithRow(
            "Pets",
            new CountRule<Person>(HasPet),
            new CountRule<Person>(p => p.Favourite is not null, HasPet),
            new CountRule<Person>(p => p.Safer is Agreement.Agree or Agreement.StronglyAgree, p => HasPet(p) && p.Favourite is not null))
        .WithRow(
            "Safety",
            null,
            new CountRule<Person>(p => p.Safer is not null),
            new CountRule<Person>(p => p.Safer is Agreement.StronglyAgree, p => p.Safer is not null));

    /// <summary>The person's answers as fields, for definitions written with rules.</summary>
    public static class Fields
    {
        public static Field<Person, Colour> Favourite { get; } = new("favourite", p => p.Favourite);

        public static Field<Person, EnumSet<Pet>> Pets { get; } = new("pets", p => p.Pets);

        public static Field<Person, int> Age { get; } = new("age", p => p.Age);

        public static Field<Person, Agreement> Safer { get; } = new("safer", p => p.Safer);

        public static Field<Person, Region> Region { get; } = new("region", p => p.Region);
    }

    /// <summary>Rules used by several tables and inside larger rules, so an engine that keeps answers must keep them right.</summary>
    public static Rule<Person> Adult { get; } = Fields.Age.AtLeast(18);

    public static Rule<Person> LikesRedOrBlue { get; } = Fields.Favourite.IsAnyOf(Colour.Blue, Colour.Red);

    public static CountsTabulator<Person> WithRules { get; } = Tabulate.Counts<Person>("Written with rules")
        .WithColumn("Adults", Adult)
        .WithColumn("Red or blue, or adult", LikesRedOrBlue | Adult)
        .WithRow("Has a cat", new CountRule<Person>(Fields.Pets.Contains(Pet.Cat)), new CountRule<Person>(Fields.Pets.ContainsAny(Pet.Cat, Pet.Dog), Adult))
        .WithRow("Red or blue, safer", new CountRule<Person>(LikesRedOrBlue & Fields.Safer.IsAnyOf(Agreement.Agree, Agreement.StronglyAgree)), new CountRule<Person>(!LikesRedOrBlue))
        .WithRow("Unanswered safer", RowKind.Missing, new CountRule<Person>(Fields.Safer.IsMissing()), new CountRule<Person>(Fields.Safer.IsMissing(), Rule.Of<Person>(HasPet)))
        .WithRow("Young adult in a region", Rule.All(Fields.Age.Between(18, 30), Fields.Region.IsAnswered(), !Fields.Favourite.Is(Colour.Green)));

    public static IReadOnlyList<(string Name, Tabulator<Person> Definition)> All { get; } =
    [
        ("rules", WithRules),
        ("where rule", Favourite.Where(Fields.Region.IsAnswered() & Fields.Age.AtMost(40))),
        ("where rule, shared", Pets.Where(Adult & Rule.Any(LikesRedOrBlue, Fields.Safer.Is(Agreement.Agree)))),
        ("paired rules", Tabulate.Counts<Person>("Colours then and now, as rules")
            .WithColumn("Then", Adult)
            .WithColumn("Now", Adult)
            .WithRow("Red", new CountRule<Person>(Fields.Favourite.Is(Colour.Red)), new CountRule<Person>(LikesRedOrBlue))
            .WithRow("Blue", new CountRule<Person>(Fields.Favourite.Is(Colour.Blue), Fields.Region.IsAnswered()), new CountRule<Person>(Fields.Favourite.Is(Colour.Blue)))
            .WithPairs(PairedRows.EachRow)),
        ("single-choice", Favourite),
        ("single-choice hidden", Favourite.WithMissing(MissingAnswers.Hidden)),
        ("single-choice excluded", Favourite.WithMissing(MissingAnswers.Excluded)),
        ("single-choice separately", Favourite.WithMissing(MissingAnswers.ShownSeparately)),
        ("single-choice nets", FavouriteWithNets),
        ("single-choice of each", Tabulate.SingleChoiceOfEach("Friends' colours", (Person p) => p.Friends).WithBaseLabel("Number of friends")),
        ("multi-select", Pets),
        ("multi-select excluded", Pets.WithMissing(MissingAnswers.Excluded)),
        ("multi-select separately", Pets.WithMissing(MissingAnswers.ShownSeparately)),
        ("multi-select of each", Tabulate.MultiSelectOfEach("Pets per home", (Person p) => p.Homes).WithMissing(MissingAnswers.Hidden)),
        ("grid", Outcomes),
        ("grid as rows", Outcomes.WithOrientation(GridOrientation.ItemsAsRows).WithMissing(MissingAnswers.Hidden)),
        ("intake vs exit", Tabulate.IntakeVsExit("Colour then and now", (Person p) => p.Favourite, p => p.FavouriteLater).WithLayout(RowLayout<Colour>.AllAnswers.Total())),
        ("counts paired rows", PairedColours(PairedRows.EachRow)),
        ("counts paired categories", PairedColours(PairedRows.Categories)),
        ("numeric", Ages),
        ("numeric excluded", Ages.WithMissing(MissingAnswers.Excluded)),
        ("numeric of each", Tabulate.NumericOfEach("Friends' colour codes", (Person p) => p.Friends.Select(f => (long?)f), maximum: 2).WithBand("0-1", 0, 1).WithBand("2+", 2).WithStatistic(new NumericStatistic("Mean code", Average.Mean, decimals: 2))),
        ("counts", NeedsSupportImpact),
        ("counts per hundred", Tabulate.CountsWithoutBases<Person>("Of every 100").WithColumn(string.Empty, _ => true).WithRow("have a cat", p => p.Pets?.Contains(Pet.Cat) == true).WithDisplay(CountDisplay.PerHundred)),
        ("counts one base", Tabulate.Counts<Person>("Adults", p => p.Age >= 18).WithRow("Like red", p => p.Favourite == Colour.Red)),
        ("counts of each", Tabulate.OfEach((Person p) => p.Friends, Tabulate.Counts<Colour?>("Friends", _ => true).WithRow("Red friends", f => f == Colour.Red).WithRow("Friends without a colour", f => f is null))),
        ("where", Favourite.Where(p => p.Region is not null)),
        ("titled with notes", Pets.WithNotes("A note, with a comma.", "A \"quoted\" note").Titled("Pets again")),
        ("stack", Tabulate.Stack("Favourite and later", Favourite, Tabulate.SingleChoice("Later", (Person p) => p.FavouriteLater))),
        ("stack with statistics", Tabulate.Stack("Colour and age", Favourite, Ages)),
        ("group-by", Favourite.GroupBy(p => p.Region)),
        ("group-by grid", Outcomes.GroupBy(p => p.Region)),
        ("group-by stack", Tabulate.Stack("Favourite and later", Favourite, Tabulate.SingleChoice("Later", (Person p) => p.FavouriteLater)).GroupBy(p => p.Region)),
        ("group-by numeric", Ages.Where(p => p.Favourite is not null).GroupBy(p => p.Region)),
        ("strings with other", Tabulate.SingleChoice("Team", (Person p) => p.Team, Categories.Listed(Person.Teams).WithOther("Another team"))),
        ("strings other as missing", Tabulate.SingleChoice("Team", (Person p) => p.Team, Categories.Listed(Person.Teams).WithOtherAsMissing()).WithMissing(MissingAnswers.ShownSeparately)),
        ("strings layout", Tabulate.SingleChoice("Team", (Person p) => p.Team, Categories.Listed(Person.Teams).WithOther())
            .WithLayout(rows => rows.Answers("Gamma").Net("Alpha or Beta", "Alpha", "Beta").Answers("Delta").Other().Total())),
        ("bool", Tabulate.SingleChoice("Member", (Person p) => p.Member, Categories.Boolean("Member", "Not a member"))),
        ("integers", Tabulate.SingleChoice("Age as a category", (Person p) => p.Age, Categories.Listed(Enumerable.Range(-3, 79)))),
        ("integers, many", Tabulate.SingleChoice("Age in quarter years", (Person p) => p.Age * 4, Categories.Listed(Enumerable.Range(-12, 320)))),
        ("group-by string", Favourite.GroupBy(p => p.Team, Categories.Listed(Person.Teams).WithOther("Other team"))),
        ("group-by string, others left out", Ages.GroupBy(p => p.Team, Categories.Listed(Person.Teams).WithOtherAsMissing())),
        ("group-by bool", Pets.GroupBy(p => p.Member, Categories.Boolean("Members", "Others"))),
        ("group-by nested", Favourite.GroupBy(p => p.Member, Categories.Boolean("Members", "Others")).GroupBy(p => p.Region)),
        ("counts of each, by list", Tabulate.SingleChoiceOfEach("Friends' colours", (Person p) => p.Friends, f => f)),
        ("user-defined", new ShareTabulator<Person>("Share who like red", p => p.Favourite == Colour.Red).Where(p => p.Age >= 0)),
    ];

    public static TheoryData<string> Names => new(All.Select(d => d.Name));

    /// <summary>Colours then and now as a counts table of two paired columns (adults only), with a blank-celled row that is not paired.</summary>
    public static CountsTabulator<Person> PairedColours(PairedRows pairing) => Tabulate.Counts<Person>("Colours then and now")
        .WithColumn("Then", p => p.Age >= 18)
        .WithColumn("Now", p => p.Age >= 18)
        .WithRow("Red", new CountRule<Person>(p => p.Favourite == Colour.Red), new CountRule<Person>(p => p.FavouriteLater == Colour.Red))
        .WithRow("Green", new CountRule<Person>(p => p.Favourite == Colour.Green), new CountRule<Person>(p => p.FavouriteLater == Colour.Green))
        .WithRow("Blue", new CountRule<Person>(p => p.Favourite == Colour.Blue, p => p.Region is not null), new CountRule<Person>(p => p.FavouriteLater == Colour.Blue))
        .WithRow("Changed", RowKind.Derived, new CountRule<Person>(p => p.Favourite != p.FavouriteLater), null)
        .WithPairs(pairing);

    public static Tabulator<Person> Named(string name) => All.Single(d => d.Name == name).Definition;

    /// <summary>All catalogue definitions over categories discovered from <paramref name="people"/> (so they change with the data).</summary>
    public static IEnumerable<(string Name, Tabulator<Person> Definition)> Discovered(Person[] people)
    {
        if (people.Any(p => p.Team is not null))
        {
            var teams = Categories.Discover(people.Select(p => p.Team));
            yield return ("discovered strings", Tabulate.SingleChoice("Team", (Person p) => p.Team, teams));
            yield return ("group-by discovered", Pets.GroupBy(p => p.Team, teams));
        }

        if (people.Any(p => p.Age is not null))
        {
            yield return ("discovered integers", Tabulate.SingleChoice("Age", (Person p) => p.Age, Categories.Discover(people.Select(p => p.Age))));
        }
    }

    private static bool HasPet(Person p) => p.Pets is { } pets && pets.Overlaps(EnumSet.Of(Pet.Cat, Pet.Dog, Pet.Fish, Pet.Bird));
}

/// <summary>
/// A tabulator kind written outside the library, from the public description only: one row, the share of the
/// records in the base for which a rule holds. Both engines run it because it says what it counts as a <see cref="Tally{T}"/>.
/// </summary>
public sealed class ShareTabulator<T>(string title, Func<T, bool> rule)
    : Tabulator<T>(title, Tally.Concat(Tally.Count<T>(), Tally.Where(rule, Tally.Count<T>())))
{
    protected override Table CreateTable(ReadOnlySpan<long> counters)
        => new(Title, [new TableBase("n", counters[0])], [new TableColumn(string.Empty)], [new TableRow("Yes", RowKind.Category, [new CountCell(counters[1], counters[0])])]);
}
