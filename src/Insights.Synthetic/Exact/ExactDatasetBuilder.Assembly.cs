using System.Globalization;
using Insights.Core.Model;
using Insights.Synthetic.Published;

namespace Insights.Synthetic.Exact;

// Dates, services, identifiers, and the records themselves.
internal sealed partial class ExactDatasetBuilder
{
    private DateOnly[] _intakeDate = [];
    private DateOnly[] _closureDate = [];
    private Service[] _services = [];
    private int[] _serviceOf = [];

    private void BuildDates()
    {
        // Exits fall in the reporting period and intakes are dated back by the case length, so an intake may
        // precede the period; open cases opened in the period. A returning client's first case closes at least
        // a month before the period ends, and the second case opens after it.
        _intakeDate = new DateOnly[_caseCount];
        _closureDate = new DateOnly[_caseCount];
        var start = PublishedFigures.PeriodStart;
        var days = PublishedFigures.PeriodEnd.DayNumber - start.DayNumber;
        foreach (var c in _matched)
        {
            var latest = _hasSecondCase[c] || IsError(c) ? days - 31 : days;
            _closureDate[c] = start.AddDays(_random.NextInt(latest + 1));
            _intakeDate[c] = _closureDate[c].AddDays(-_caseLengthDays[c]);
        }

        foreach (var c in _open.Where(c => c < _clientCount))
        {
            _intakeDate[c] = start.AddDays(_random.NextInt(days + 1));
        }

        foreach (var c in _secondCases)
        {
            var first = _closureDate[ClientOf(c)];
            _intakeDate[c] = first.AddDays(_random.NextInt(1, PublishedFigures.PeriodEnd.DayNumber - first.DayNumber));
        }

        // 22 services in the regions of England and Wales, of uneven sizes; a returning client goes back to the same one.
        var regions = _random.Shuffled(Labels.All<Region>());
        _services = [.. Range(0, PublishedFigures.Services).Select(i =>
        {
            var number = (i + 1).ToString("00", CultureInfo.InvariantCulture);
            return new Service { Id = new ServiceId("outreach-" + number), Name = "Outreach service " + number, Region = regions[i % regions.Length] };
        })];
        var weights = _services.Select(_ => 0.3 + _random.NextDouble()).ToArray();
        var total = weights.Sum();
        _serviceOf = new int[_caseCount];
        foreach (var c in _all)
        {
            if (c >= _clientCount)
            {
                _serviceOf[c] = _serviceOf[ClientOf(c)];
                continue;
            }

            var pick = _random.NextDouble() * total;
            var s = 0;
            while (s < weights.Length - 1 && pick >= weights[s])
            {
                pick -= weights[s++];
            }

            _serviceOf[c] = s;
        }
    }

    private Case[] Assemble()
    {
        // Identifiers follow the intake dates, as a case management system would number them.
        var order = _all.OrderBy(c => _intakeDate[c]).ThenBy(c => c).ToArray();
        var caseIds = new CaseId[_caseCount];
        var clientIds = new Dictionary<int, ClientId>();
        for (var i = 0; i < order.Length; i++)
        {
            var c = order[i];
            caseIds[c] = new CaseId("case-" + (i + 1).ToString("0000", CultureInfo.InvariantCulture));
            if (!clientIds.ContainsKey(ClientOf(c)))
            {
                clientIds[ClientOf(c)] = new ClientId("client-" + (clientIds.Count + 1).ToString("0000", CultureInfo.InvariantCulture));
            }
        }

        var profiles = _clients.Select(BuildProfile).ToArray();
        return [.. order.Select(c => new Case
        {
            Id = caseIds[c],
            Client = clientIds[ClientOf(c)],
            Service = _services[_serviceOf[c]],
            ReferralStatus = _referralStatus[c],
            PrimaryReferralRoute = _primaryRoute[c],
            InitialReferralRoute = _initialRoute[c],
            IntakeDate = _intakeDate[c],
            Intake = new IntakeForm
            {
                Profile = profiles[ClientOf(c)],
                Abuse = BuildAbuseHistory(c),
                Perpetrator = new PerpetratorProfile
                {
                    SexAtBirth = _perpetratorSex[c],
                    GenderIdentity = _perpetratorGender[c],
                    GenderDiffersFromSexAtBirth = _perpetratorGenderDiffers[c],
                    MultipleVictims = _multipleVictims[c],
                    MentalHealthNeeds = _perpetratorMentalHealth[c],
                    DrugNeeds = _perpetratorDrugs[c],
                    AlcoholNeeds = _perpetratorAlcohol[c],
                },
                Needs = BuildNeeds(c),
            },
            Reviews = _reviewOffsetDays[c] < 0 ? ValueList<ReviewForm>.Empty : ValueList.Of(new ReviewForm
            {
                Date = _intakeDate[c].AddDays(_reviewOffsetDays[c]),
                FurtherAbuse = _furtherAbuse[c],
                FurtherDisclosure = _furtherDisclosure[c],
                Levels = _reviewLevels[c]!,
            }),
            Exit = c < _matchedCount ? BuildExit(c) : null,
        })];
    }

    private ClientProfile BuildProfile(int client) => new()
    {
        Age = _age[client],
        SexAtBirth = _sex[client],
        GenderIdentity = _gender[client],
        GenderDiffersFromSexAtBirth = _genderDiffers[client],
        SexualOrientation = _orientation[client],
        Ethnicity = _ethnicity[client],
        Pregnant = _pregnant[client],
        NumberOfChildren = _childCount[client],
        Children = ValueList.From(_childAges[client].Select(age => new Child { Age = age })),
        CypsInvolvement = _cyps[client],
        Disability = _disability[client],
        DisabilityTypes = _disabilityTypes[client],
        Employment = _employment[client],
        FinancialSituation = _financial[client],
        AdverseChildhoodExperience = _ace[client],
        AdverseChildhoodExperiences = _aceTypes[client],
    };

    private static AbuseProfile Profile(AbuseLevel?[][] levels, int c) => new()
    {
        Physical = levels[(int)AbuseType.Physical][c],
        Sexual = levels[(int)AbuseType.Sexual][c],
        HarassmentAndStalking = levels[(int)AbuseType.HarassmentAndStalking][c],
        JealousAndControlling = levels[(int)AbuseType.JealousAndControlling][c],
    };

    private AbuseHistory BuildAbuseHistory(int c) => new()
    {
        DashTicks = _dashTicks[c],
        HighRisk = _highRisk[c],
        HighRiskBasis = _highRiskBasis[c],
        DiscussedAtMarac = _marac[c],
        Levels = Profile(_levels, c),
        PhysicalDetails = _physicalDetails[c],
        SexualDetails = _sexualDetails[c],
        HarassmentDetails = _harassmentDetails[c],
        ControllingDetails = _controllingDetails[c],
        AbuseLengthMonths = _abuseLengthMonths[c],
        PreviousExposure = _previousExposure[c],
        PreviousExposureKinds = _previousExposureKinds[c],
        PrimaryPerpetratorRelationship = _relationship[c],
        LivingWithPerpetrator = _living[c],
        ReasonNotLivingTogether = _reasonNotLiving[c],
        Typology = _typology[c],
        MultiplePerpetrators = _multiplePerpetrators[c],
        AdditionalPerpetrators = _additionalPerpetrators[c],
        AttemptedToEndRelationship = _attempted[c],
        AttemptsToEndRelationship = _attempts[c],
        ForcedMarriage = _forcedMarriage[c],
        HonourBasedViolence = _honourBasedViolence[c],
        Fgm = _fgm[c],
    };

    private IntakeNeeds BuildNeeds(int c) => new()
    {
        AlcoholMisuse = _needs[(int)NeedArea.AlcoholMisuse][c],
        ChildrenAndParenting = _needs[(int)NeedArea.ChildrenAndParenting][c],
        DrugMisuse = _needs[(int)NeedArea.DrugMisuse][c],
        EmploymentEducationAndTraining = _needs[(int)NeedArea.EmploymentEducationAndTraining][c],
        FinanceBenefitsAndDebt = _needs[(int)NeedArea.FinanceBenefitsAndDebt][c],
        Housing = _needs[(int)NeedArea.Housing][c],
        Immigration = _needs[(int)NeedArea.Immigration][c],
        MentalHealth = _needs[(int)NeedArea.MentalHealth][c],
        PhysicalHealth = _needs[(int)NeedArea.PhysicalHealth][c],
        SocialAndCommunitySupport = _needs[(int)NeedArea.SocialAndCommunitySupport][c],
        MentalHealthSymptoms = _symptoms[c],
        DiagnosedMentalHealthCondition = _diagnosed[c],
        DiagnosedConditions = _conditions[c],
        AccessToPublicFunds = _publicFunds[c],
        NeedsIndefiniteLeaveToRemain = _indefiniteLeave[c],
        VisaDependentOnPerpetrator = _visaDependent[c],
    };

    private ExitForm BuildExit(int c) => new()
    {
        ClosureDate = _closureDate[c],
        ClosureType = _closureType[c],
        UnplannedClosureReason = _unplannedReason[c],
        Contacts = _contacts[c],
        DashTicks = _exitDashTicks[c],
        Levels = Profile(_exitLevels, c),
        NoAbuseSinceIntake = _noAbuseSinceIntake[c],
        NoAbuseSinceLastReview = _noAbuseSinceLastReview[c],
        EscalationInSeverity = _escalationSeverity[c],
        EscalationInFrequency = _escalationFrequency[c],
        PerpetratorRelationship = _exitRelationship[c],
        LivingWithPerpetrator = _exitLiving[c],
        OngoingContact = _ongoingContact[c],
        OngoingContactReasons = _ongoingReasons[c],
        ChildContactConflict = _childContactConflict[c],
        ChildContactUsedToAbuse = _childContactUsedToAbuse[c],
        ClientOutcomes = _gaveFeedback[c]
            ? new ClientOutcomes
            {
                FeelSafer = _clientOutcomes[(int)ClientOutcome.FeelSafer][c],
                ImprovedWellbeing = _clientOutcomes[(int)ClientOutcome.ImprovedWellbeing][c],
                QualityOfLifeImproved = _clientOutcomes[(int)ClientOutcome.QualityOfLifeImproved][c],
                OptimisticAboutFuture = _clientOutcomes[(int)ClientOutcome.OptimisticAboutFuture][c],
                FeelMoreConfident = _clientOutcomes[(int)ClientOutcome.FeelMoreConfident][c],
            }
            : null,
        AgenciesMadeDifference = _agenciesMadeDifference[c],
        AgenciesWorkedWell = _agenciesWorkedWell[c],
        AgenciesPresentedChallenges = _agenciesPresentedChallenges[c],
        Support = new SupportGiven
        {
            Safety = _safety[c],
            Housing = _housing[c],
            PhysicalHealth = _physicalHealth[c],
            MentalHealth = _mentalHealth[c],
            DrugMisuse = _drugMisuse[c],
            AlcoholMisuse = _alcoholMisuse[c],
            ChildrenAndParenting = _childrenAndParenting[c],
            FinanceBenefitsAndDebt = _finance[c],
            EmploymentEducationAndTraining = _employmentSupport[c],
            SocialAndCommunitySupport = _social[c],
            Immigration = _immigration[c],
            CypsInvolvementAtExit = _cypsAtExit[c],
        },
        CriminalJustice = _criminalJustice[c],
        CivilJustice = _civilJustice[c],
    };
}
