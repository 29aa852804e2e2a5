using Insights.Core.Model;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

// Support in the eleven areas at exit: asked about safety of every matched case, about each other area of
// the matched cases with that need at intake; outcomes and impacts only for those supported.
internal sealed partial class ExactDatasetBuilder
{
    private AreaSupport<SafetyOutcome>?[] _safety = [];
    private AreaSupport<HousingOutcome>?[] _housing = [];
    private AreaSupport<PhysicalHealthOutcome>?[] _physicalHealth = [];
    private AreaSupport<MentalHealthOutcome>?[] _mentalHealth = [];
    private AreaSupport<DrugMisuseOutcome>?[] _drugMisuse = [];
    private AreaSupport<AlcoholMisuseOutcome>?[] _alcoholMisuse = [];
    private AreaSupport<ChildrenAndParentingOutcome>?[] _childrenAndParenting = [];
    private AreaSupport<FinanceOutcome>?[] _finance = [];
    private AreaSupport<EmploymentOutcome>?[] _employmentSupport = [];
    private AreaSupport<SocialAndCommunityOutcome>?[] _social = [];
    private AreaSupport<ImmigrationOutcome>?[] _immigration = [];
    private EnumSet<CypsInvolvement>?[] _cypsAtExit = [];

    private void BuildSupport()
    {
        _safety = BuildArea<SafetyOutcome>(SupportArea.Safety, PublishedSupport.SafetyOutcomes, PublishedSupport.SafetyImpact);
        _housing = BuildArea<HousingOutcome>(SupportArea.Housing, PublishedSupport.HousingOutcomes, PublishedSupport.HousingImpact);
        _physicalHealth = BuildArea<PhysicalHealthOutcome>(SupportArea.PhysicalHealth, PublishedSupport.PhysicalHealthOutcomes, PublishedSupport.PhysicalHealthImpact);
        _mentalHealth = BuildArea<MentalHealthOutcome>(SupportArea.MentalHealth, PublishedSupport.MentalHealthOutcomes, PublishedSupport.MentalHealthImpact);
        _drugMisuse = BuildArea<DrugMisuseOutcome>(SupportArea.DrugMisuse, PublishedSupport.DrugMisuseOutcomes, PublishedSupport.DrugMisuseImpact);
        _alcoholMisuse = BuildArea<AlcoholMisuseOutcome>(SupportArea.AlcoholMisuse, PublishedSupport.AlcoholMisuseOutcomes, PublishedSupport.AlcoholMisuseImpact);
        _childrenAndParenting = BuildArea<ChildrenAndParentingOutcome>(SupportArea.ChildrenAndParenting, PublishedSupport.ChildrenAndParentingOutcomes, PublishedSupport.ChildrenAndParentingImpact);
        _finance = BuildArea<FinanceOutcome>(SupportArea.FinanceBenefitsAndDebt, PublishedSupport.FinanceOutcomes, PublishedSupport.FinanceImpact);
        _employmentSupport = BuildArea<EmploymentOutcome>(SupportArea.EmploymentEducationAndTraining, PublishedSupport.EmploymentOutcomes, PublishedSupport.EmploymentImpact);
        _social = BuildArea<SocialAndCommunityOutcome>(SupportArea.SocialAndCommunitySupport, PublishedSupport.SocialOutcomes, PublishedSupport.SocialImpact);
        _immigration = BuildArea<ImmigrationOutcome>(SupportArea.Immigration, PublishedSupport.ImmigrationOutcomes, PublishedSupport.ImmigrationImpact);

        // Ongoing CYPs involvement at exit is recorded for those supported with children and parenting; each
        // gives one answer (the column sums to its base less 30 hidden missing).
        _cypsAtExit = new EnumSet<CypsInvolvement>?[_caseCount];
        var supported = _matched.Where(c => _childrenAndParenting[c]?.Supported == true).ToArray();
        _dealer.DealMulti(supported, PublishedSupport.CypsInvolvement.Deck<CypsInvolvement>("Exit", supported.Length), _cypsAtExit,
            [CypsInvolvement.None, CypsInvolvement.DontKnow]);
    }

    private AreaSupport<TOutcome>?[] BuildArea<TOutcome>(SupportArea area, PublishedTable outcomesTable, PublishedTable impactTable)
        where TOutcome : struct, Enum
    {
        var population = area.IntakeNeedArea() is { } need
            ? _matched.Where(c => _needs[(int)need][c] == YesNoDontKnow.Yes).ToArray()
            : _matched;
        var supported = new YesNoDontKnow?[_caseCount];
        _dealer.Deal(population, SupportedTable(area).Deck<YesNoDontKnow>(), supported);
        var yes = population.Where(c => supported[c] == YesNoDontKnow.Yes).ToArray();
        var outcomes = new EnumSet<TOutcome>?[_caseCount];
        _dealer.DealMulti(yes, outcomesTable.Deck<TOutcome>(), outcomes);
        var (safetyImpact, wellbeingImpact) = DealImpacts(yes, impactTable);
        var result = new AreaSupport<TOutcome>?[_caseCount];
        foreach (var c in population.Where(c => supported[c] is not null))
        {
            result[c] = new AreaSupport<TOutcome>
            {
                Supported = supported[c] == YesNoDontKnow.Yes,
                Outcomes = outcomes[c],
                SafetyImpact = safetyImpact[c],
                WellbeingImpact = wellbeingImpact[c],
            };
        }

        return result;
    }

    /// <summary>
    /// Deals the safety and wellbeing impacts together: a case whose impact form is blank is blank for both
    /// (as far as the counts allow), and one whose safety improved tends to have improved wellbeing.
    /// </summary>
    private (Impact?[] Safety, Impact?[] Wellbeing) DealImpacts(int[] supported, PublishedTable table)
    {
        var safetyDeck = table.Deck<Impact>("Safety");
        var wellbeingDeck = table.Deck<Impact>("Wellbeing");
        var order = _random.Shuffled(supported);
        var effect = new Dictionary<int, double>();
        foreach (var c in supported)
        {
            effect[c] = _random.NextGaussian();
        }

        Impact[] better = [Impact.ImprovedGreatly, Impact.ImprovedSlightly, Impact.NoChange, Impact.DecreasedSlightly, Impact.DecreasedGreatly];
        var safety = new Impact?[_caseCount];
        var wellbeing = new Impact?[_caseCount];
        _dealer.DealRanked(order.Skip(safetyDeck.Missing).ToArray(), safetyDeck.WithMissing(0), safety, c => effect[c] + Noise(0.5), better);
        _dealer.DealRanked(order.Skip(wellbeingDeck.Missing).ToArray(), wellbeingDeck.WithMissing(0), wellbeing, c => effect[c] + Noise(0.5), better);
        return (safety, wellbeing);
    }
}
