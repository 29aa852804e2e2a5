using Insights.Core.Model;
using Insights.Synthetic.Calibration;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

// Client profile answers, one set per client (index = the client's first case). A client's second case
// carries the same profile, so the tables over every case (financial situation, ACEs) count these clients twice.
internal sealed partial class ExactDatasetBuilder
{
    private int[] _age = [];
    private Sex?[] _sex = [];
    private GenderIdentity?[] _gender = [];
    private bool?[] _genderDiffers = [];
    private SexualOrientation?[] _orientation = [];
    private Ethnicity?[] _ethnicity = [];
    private YesNoDontKnow?[] _pregnant = [];
    private int[] _childCount = [];
    private ChildAgeBand?[][] _childAges = [];
    private EnumSet<CypsInvolvement>?[] _cyps = [];
    private YesNoDontKnow?[] _disability = [];
    private EnumSet<DisabilityType>?[] _disabilityTypes = [];
    private EnumSet<EmploymentStatus>?[] _employment = [];
    private FinancialSituation?[] _financial = [];
    private YesNoDontKnow?[] _ace = [];
    private EnumSet<AdverseChildhoodExperienceType>?[] _aceTypes = [];

    private void BuildProfiles()
    {
        var n = _clientCount;
        (_age, _sex, _gender, _genderDiffers, _orientation, _ethnicity, _pregnant) =
            (new int[n], new Sex?[n], new GenderIdentity?[n], new bool?[n], new SexualOrientation?[n], new Ethnicity?[n], new YesNoDontKnow?[n]);
        (_childCount, _childAges, _cyps, _disability, _disabilityTypes, _employment) =
            (new int[n], new ChildAgeBand?[n][], new EnumSet<CypsInvolvement>?[n], new YesNoDontKnow?[n], new EnumSet<DisabilityType>?[n], new EnumSet<EmploymentStatus>?[n]);
        (_financial, _ace, _aceTypes) = (new FinancialSituation?[n], new YesNoDontKnow?[n], new EnumSet<AdverseChildhoodExperienceType>?[n]);

        BuildAges();
        _dealer.Deal(_clients, PublishedClientProfile.SexAtBirth.Deck<Sex>(), _sex);
        AssignGender(_clients, _sex, PublishedClientProfile.GenderIdentity.Deck<GenderIdentity>(ignoredRows: "Not sex assigned at birth"),
            PublishedClientProfile.GenderIdentity.Count("Not sex assigned at birth"), _gender, _genderDiffers);
        _dealer.DealEligible(_clients, PublishedClientProfile.SexualOrientation.Deck<SexualOrientation>(), _orientation, (c, v) => v switch
        {
            SexualOrientation.Gay => _sex[c] == Sex.Male,
            SexualOrientation.Lesbian => _sex[c] == Sex.Female,
            _ => true,
        });
        _dealer.Deal(_clients, PublishedClientProfile.Ethnicity.Deck<Ethnicity>(ignoredRows: [.. Labels.All<EthnicGroup>().Select(Labels.Of)]), _ethnicity);
        _dealer.DealEligible(_clients, PublishedClientProfile.Pregnant.Deck<YesNoDontKnow>(), _pregnant,
            (c, v) => v != YesNoDontKnow.Yes || (_sex[c] == Sex.Female && _age[c] <= 45));
        BuildChildren();
        // Disability is more common with age, and frailty is only recorded for clients of 45 and over.
        _dealer.DealRanked(_clients, PublishedClientProfile.Disability.Deck<YesNoDontKnow>(), _disability, c => (_age[c] / 10.0) + Noise(2), YesNoDontKnow.Yes);
        _dealer.DealMulti(_clients.Where(c => _disability[c] == YesNoDontKnow.Yes).ToArray(), PublishedClientProfile.DisabilityTypes.Deck<DisabilityType>(),
            _disabilityTypes, [DisabilityType.DontKnow], (c, v) => v != DisabilityType.Frailty || _age[c] >= 45);
        _dealer.DealMulti(_clients, PublishedClientProfile.Employment.Deck<EmploymentStatus>(), _employment,
            [EmploymentStatus.NotDisclosed, EmploymentStatus.DontKnow], (c, v) => v switch
            {
                EmploymentStatus.Retired => _age[c] > 50,
                EmploymentStatus.StayAtHomeParent => _childCount[c] > 0,
                _ => true,
            });
        _dealer.DealWeighted(_clients, c => _hasSecondCase[c], PublishedClientProfile.FinancialSituation.Deck<FinancialSituation>(), _financial, _ => true);
        BuildAdverseChildhoodExperiences();
    }

    private void BuildAges()
    {
        var bands = new AgeBand?[_clientCount];
        _dealer.Deal(_clients, PublishedClientProfile.Age.Deck<AgeBand>(), bands);
        foreach (var band in Labels.All<AgeBand>())
        {
            var members = _clients.Where(c => bands[c] == band).ToArray();
            var ages = AgeShape(band).Spread(members.Length);
            _random.Shuffle(ages.AsSpan());
            for (var i = 0; i < members.Length; i++)
            {
                _age[members[i]] = ages[i];
            }
        }

        var mean = RoundedRatio(_age.Sum(), _clientCount);
        Require(mean == PublishedFigures.MeanAge, $"mean age rounds to {mean}, not {PublishedFigures.MeanAge}");
    }

    private static Shape AgeShape(AgeBand band) => band switch
    {
        // Outreach services are for adults; under-18s are the 16- and 17-year-olds in intimate relationships.
        AgeBand.Under18 => Shape.Uniform(16, 17),
        AgeBand.From18To20 => Shape.Uniform(18, 20),
        AgeBand.From21To30 => Shape.Uniform(21, 30),
        AgeBand.From31To40 => Shape.Uniform(31, 40),
        AgeBand.From41To50 => Shape.Uniform(41, 50),
        AgeBand.From51To60 => Shape.Uniform(51, 60),
        AgeBand.From61 => new Shape((61, 70, 0.7), (71, 88, 0.3)),
        _ => throw new ArgumentOutOfRangeException(nameof(band)),
    };

    /// <summary>
    /// Gives gender identities consistent with the sex assigned at birth: "In another way", intersex clients and
    /// the remaining flagged cases differ from their sex (the overlapping "Not sex assigned at birth" row); every
    /// other Female/Male identity matches the sex; "Not disclosed", "Don't know" and missing go to the rest.
    /// </summary>
    private void AssignGender(IReadOnlyList<int> population, Sex?[] sex, Deck<GenderIdentity> deck, int differs, GenderIdentity?[] gender, bool?[] genderDiffers)
    {
        var left = Labels.All<GenderIdentity>().ToDictionary(g => g, g => deck[g]);
        var unassigned = _random.Shuffled(population).ToList();
        var flagged = 0;

        void Give(Func<int, bool> who, GenderIdentity identity, int count, bool differ)
        {
            var chosen = unassigned.Where(who).Take(count).ToList();
            Require(chosen.Count == count && left[identity] >= count, $"too few cases to give {count} gender identities {Labels.Of(identity)}");
            foreach (var c in chosen)
            {
                gender[c] = identity;
                genderDiffers[c] = differ;
                unassigned.Remove(c);
            }

            left[identity] -= count;
            flagged += differ ? count : 0;
        }

        Give(c => sex[c] is Sex.Female or Sex.Male, GenderIdentity.InAnotherWay, left[GenderIdentity.InAnotherWay], true);
        foreach (var c in population.Where(c => sex[c] == Sex.Intersex).ToList())
        {
            Give(x => x == c, left[GenderIdentity.Female] >= left[GenderIdentity.Male] ? GenderIdentity.Female : GenderIdentity.Male, 1, true);
        }

        var crossing = differs - flagged;
        Give(c => sex[c] == Sex.Male, GenderIdentity.Female, crossing / 2, true);
        Give(c => sex[c] == Sex.Female, GenderIdentity.Male, crossing - (crossing / 2), true);
        Give(c => sex[c] == Sex.Female, GenderIdentity.Female, left[GenderIdentity.Female], false);
        Give(c => sex[c] == Sex.Male, GenderIdentity.Male, left[GenderIdentity.Male], false);
        var rest = new Deck<GenderIdentity>([.. Labels.All<GenderIdentity>().Select(g => left[g])], deck.Missing);
        _dealer.Deal(unassigned, rest, gender);
        foreach (var c in unassigned)
        {
            genderDiffers[c] = null;
        }
    }

    private void BuildChildren()
    {
        // The matched cases have 736 clients with children (the intake column of the CYPs table); the open
        // first cases have the other 479. How many children each has is drawn from the published counts.
        var bands = new ChildrenBand?[_clientCount];
        var all = PublishedClientProfile.NumberOfChildren.Deck<ChildrenBand>();
        var matchedWithChildren = PublishedSupport.CypsInvolvement.N ?? throw new InvalidOperationException("The CYPs table has no intake base.");
        var matchedDeck = all.Subset(_matchedCount, _random, (ChildrenBand.None, _matchedCount - matchedWithChildren));
        var children = (Func<int, ChildrenBand, bool>)((c, band) => band == ChildrenBand.None || _age[c] >= 14 + (2 * (int)band));
        _dealer.DealEligible(_matched, matchedDeck, bands, children);
        _dealer.DealEligible(_openClients, all.Minus(matchedDeck), bands, children);

        var childOwners = new List<int>();
        foreach (var c in _clients)
        {
            _childCount[c] = (int)bands[c]!.Value;
            _childAges[c] = new ChildAgeBand?[_childCount[c]];
            childOwners.AddRange(Enumerable.Repeat(c, _childCount[c]));
        }

        // Older clients have older children: the oldest bands go to the oldest parents, with noise.
        var ages = new ChildAgeBand?[childOwners.Count];
        var childIndexes = Range(0, childOwners.Count);
        var ageDeck = PublishedClientProfile.ChildAges.Deck<ChildAgeBand>(hiddenMissingBase: childOwners.Count);
        _dealer.DealRanked(childIndexes, ageDeck, ages, i => _age[childOwners[i]] + Noise(6),
            ChildAgeBand.Years24Plus, ChildAgeBand.Years18To24, ChildAgeBand.Years17To18, ChildAgeBand.Years12To16,
            ChildAgeBand.Years4To11, ChildAgeBand.Years1To3, ChildAgeBand.Months0To12);
        var position = new int[_clientCount];
        for (var i = 0; i < childOwners.Count; i++)
        {
            var owner = childOwners[i];
            _childAges[owner][position[owner]++] = ages[i];
        }

        // Matched clients' CYPS answers are single (the intake/exit table sums to its base less 9 hidden
        // missing); the open clients hold the extra ticks of the multi-select profile table.
        var matchedCyps = PublishedSupport.CypsInvolvement.Deck<CypsInvolvement>("Intake", matchedWithChildren);
        var profileCyps = PublishedClientProfile.CypsInvolvement.Deck<CypsInvolvement>();
        CypsInvolvement[] exclusive = [CypsInvolvement.None, CypsInvolvement.DontKnow];
        _dealer.DealMulti(_matched.Where(c => _childCount[c] > 0).ToArray(), matchedCyps, _cyps, exclusive);
        _dealer.DealMulti(_openClients.Where(c => _childCount[c] > 0).ToArray(), profileCyps.Minus(matchedCyps), _cyps, exclusive);
    }

    private void BuildAdverseChildhoodExperiences()
    {
        // A client with two cases is counted twice over every case; none of them answered Yes, so the ACE
        // types of the Yes answers are each counted once and the doubled "No" answers simply count "None" twice.
        var question = ReportDeviations.AdverseChildhoodExperience.Deck<YesNoDontKnow>();
        _dealer.DealWeighted(_clients, c => _hasSecondCase[c], question, _ace, v => v != YesNoDontKnow.Yes);
        var types = PublishedClientProfile.AdverseChildhoodExperiences;
        var deck = types.Deck<AdverseChildhoodExperienceType>(ignoredRows: "Number experiencing four or more");
        var yes = _clients.Where(c => _ace[c] == YesNoDontKnow.Yes).ToArray();
        foreach (var c in _clients.Where(c => _ace[c] == YesNoDontKnow.No))
        {
            _aceTypes[c] = EnumSet.Of(AdverseChildhoodExperienceType.None);
        }

        var sizes = AceSetSizes(yes.Length, deck.Answers - deck[AdverseChildhoodExperienceType.None], types.Count("Number experiencing four or more"));
        var sets = FillSets(sizes, deck.With(AdverseChildhoodExperienceType.None, 0));
        for (var i = 0; i < yes.Length; i++)
        {
            _aceTypes[yes[i]] = sets[i];
        }

        var mean = RoundedRatio(yes.Sum(c => _aceTypes[c]!.Value.Count), yes.Length);
        Require(mean == PublishedFigures.MeanAceTypes, $"mean number of ACEs rounds to {mean}");
    }

    /// <summary>Set sizes for <paramref name="rows"/> clients holding <paramref name="tokens"/> ticks, exactly <paramref name="fourOrMore"/> of them with four or more.</summary>
    private int[] AceSetSizes(int rows, int tokens, int fourOrMore)
    {
        var sizes = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            sizes[i] = i < fourOrMore ? 4 : 1;
        }

        var extra = tokens - sizes.Sum();
        Require(extra >= 0 && extra <= (rows - fourOrMore) * 2 + fourOrMore * 5, $"{tokens} ACE ticks cannot fill {rows} clients");
        while (extra > 0)
        {
            // Mostly smaller sets grow (up to three); about one increment in seven makes a large set larger.
            var i = _random.NextInt(7) == 0 ? _random.NextInt(fourOrMore) : fourOrMore + _random.NextInt(rows - fourOrMore);
            var cap = i < fourOrMore ? 9 : 3;
            if (sizes[i] < cap)
            {
                sizes[i]++;
                extra--;
            }
        }

        _random.Shuffle(sizes.AsSpan());
        return sizes;
    }

    /// <summary>
    /// Fills sets of the given sizes with exactly the deck's counts: each set, largest first, takes the answers
    /// with the most cards left (ties at random), which succeeds whenever any filling exists (Gale-Ryser).
    /// </summary>
    private EnumSet<TEnum>[] FillSets<TEnum>(int[] sizes, Deck<TEnum> deck) where TEnum : struct, Enum
    {
        var values = Labels.All<TEnum>();
        var left = values.Select(v => deck[v]).ToArray();
        var sets = new EnumSet<TEnum>[sizes.Length];
        foreach (var row in Range(0, sizes.Length).OrderByDescending(r => sizes[r]))
        {
            var tieBreak = values.Select(_ => _random.NextDouble()).ToArray();
            var chosen = Range(0, values.Count).Where(i => left[i] > 0).OrderByDescending(i => left[i]).ThenBy(i => tieBreak[i]).Take(sizes[row]).ToArray();
            Require(chosen.Length == sizes[row], $"no filling of {typeof(TEnum).Name} sets exists");
            var set = EnumSet<TEnum>.Empty;
            foreach (var i in chosen)
            {
                left[i]--;
                set = set.With(values[i]);
            }

            sets[row] = set;
        }

        Require(left.All(l => l == 0), $"{typeof(TEnum).Name} ticks were left over");
        return sets;
    }
}
