using FsCheck;
using FsCheck.Fluent;
using Insights.Core.Model;

namespace Insights.Core.Tests.Generators;

/// <summary>
/// FsCheck generators of valid cases: every answer is sometimes missing, every multi-select is sometimes empty,
/// and every case obeys CaseRules (so the reader accepts it). Each case is built from one generated seed, so a
/// failing property reports a seed that rebuilds the same case.
/// </summary>
public static class CaseGenerators
{
    private static readonly Service[] Services =
    [
        new() { Id = new ServiceId("S-1"), Name = "Outreach North", Region = Region.NorthEast },
        new() { Id = new ServiceId("svc_2.w"), Name = "Gwasanaeth \"Allgymorth\" – Café & Co", Region = Region.Wales },
        new() { Id = new ServiceId("S-3"), Name = "London outreach <east>", Region = Region.London },
    ];

    /// <summary>Generates one valid case with a random id and client.</summary>
    public static Gen<Case> Case { get; } =
        Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var builder = new CaseBuilder(new Random(seed));
            return builder.Build(builder.Identifier("C"), builder.Identifier("P"));
        });

    /// <summary>Generates a list of valid cases with unique ids; some clients have several cases.</summary>
    public static Gen<IReadOnlyList<Case>> Dataset { get; } =
        Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed =>
        {
            var random = new Random(seed);
            var builder = new CaseBuilder(random);
            var count = random.Next(0, Math.Max(1, size) + 1);
            var clients = Math.Max(1, count - (count / 4));
            var cases = new List<Case>(count);
            for (var i = 0; i < count; i++)
            {
                var client = "P-" + random.Next(clients).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
                cases.Add(builder.Build("C-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), client));
            }

            return (IReadOnlyList<Case>)cases;
        }));

    /// <summary>Arbitraries for <c>[Property(Arbitrary = [typeof(CaseGenerators.Arbitraries)])]</c>.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Case> Case() => Arb.From(CaseGenerators.Case);

        public static Arbitrary<IReadOnlyList<Case>> Dataset() => Arb.From(CaseGenerators.Dataset);
    }

    /// <summary>Builds cases imperatively from one random source, so the rules between fields are easy to honour.</summary>
    private sealed class CaseBuilder(Random random)
    {
        private const string IdCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";

        internal string Identifier(string prefix)
        {
            var length = random.Next(1, 12);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = IdCharacters[random.Next(IdCharacters.Length)];
            }

            return prefix + "-" + new string(chars);
        }

        internal Case Build(string id, string client)
        {
            var intakeDate = new DateOnly(2012, 1, 1).AddDays(random.Next(0, 7 * 365 + 90));
            var exit = Chance(0.6) ? Exit(intakeDate) : null;
            var reviewCount = Chance(0.2) ? random.Next(1, 4) : 0;
            var lastReview = exit?.ClosureDate ?? intakeDate.AddDays(400);
            var reviews = Enumerable.Range(0, reviewCount).Select(_ => Review(intakeDate, lastReview)).ToList();
            return new Case
            {
                Id = new CaseId(id),
                Client = new ClientId(client),
                Service = Services[random.Next(Services.Length)],
                ReferralStatus = Maybe<ReferralStatus>(),
                PrimaryReferralRoute = Maybe<PrimaryReferralRoute>(),
                InitialReferralRoute = Maybe<InitialReferralRoute>(),
                IntakeDate = intakeDate,
                Intake = new IntakeForm { Profile = Profile(), Abuse = Abuse(), Perpetrator = Perpetrator(), Needs = Needs() },
                Reviews = ValueList.From(reviews),
                Exit = exit,
            };
        }

        private ClientProfile Profile()
        {
            var numberOfChildren = MaybeNumber(0, 6);
            // Children are listed for most cases that give a number (always that many); ages are sometimes missing.
            var childCount = numberOfChildren is { } n ? (Chance(0.7) ? n : 0) : (Chance(0.2) ? random.Next(0, 4) : 0);
            var disability = Maybe<YesNoDontKnow>();
            return new ClientProfile
            {
                Age = MaybeNumber(0, 120),
                SexAtBirth = Maybe<Sex>(),
                GenderIdentity = Maybe<GenderIdentity>(),
                GenderDiffersFromSexAtBirth = MaybeBool(),
                SexualOrientation = Maybe<SexualOrientation>(),
                Ethnicity = Maybe<Ethnicity>(),
                Pregnant = Maybe<YesNoDontKnow>(),
                NumberOfChildren = numberOfChildren,
                Children = ValueList.From(Enumerable.Range(0, childCount).Select(_ => new Child { Age = Maybe<ChildAgeBand>() })),
                CypsInvolvement = MaybeSet<CypsInvolvement>(),
                Disability = disability,
                DisabilityTypes = disability == YesNoDontKnow.Yes ? MaybeSet<DisabilityType>() : null,
                Employment = MaybeSet<EmploymentStatus>(),
                FinancialSituation = Maybe<FinancialSituation>(),
                AdverseChildhoodExperience = Maybe<YesNoDontKnow>(),
                AdverseChildhoodExperiences = MaybeSet<AdverseChildhoodExperienceType>(),
            };
        }

        private AbuseHistory Abuse()
        {
            var levels = Levels();
            var highRisk = Maybe<YesNoDontKnow>();
            var previousExposure = Maybe<YesNoDontKnow>();
            var living = Maybe<LivingArrangement>();
            var multiple = Maybe<YesNoDontKnow>();
            var attempted = MaybeBool();
            return new AbuseHistory
            {
                DashTicks = MaybeNumber(0, 24),
                HighRisk = highRisk,
                HighRiskBasis = highRisk == YesNoDontKnow.Yes ? Maybe<HighRiskBasis>() : null,
                DiscussedAtMarac = Maybe<YesNoDontKnow>(),
                Levels = levels,
                PhysicalDetails = levels.Physical.IsExperienced() ? MaybeSet<PhysicalAbuseDetail>() : null,
                SexualDetails = levels.Sexual.IsExperienced() ? MaybeSet<SexualAbuseDetail>() : null,
                HarassmentDetails = levels.HarassmentAndStalking.IsExperienced() ? MaybeSet<HarassmentDetail>() : null,
                ControllingDetails = levels.JealousAndControlling.IsExperienced() ? MaybeSet<ControllingBehaviourDetail>() : null,
                AbuseLengthMonths = MaybeNumber(0, 1200),
                PreviousExposure = previousExposure,
                PreviousExposureKinds = previousExposure == YesNoDontKnow.Yes ? MaybeSet<PreviousExposureKind>() : null,
                PrimaryPerpetratorRelationship = Maybe<Relationship>(),
                LivingWithPerpetrator = living,
                ReasonNotLivingTogether = living == LivingArrangement.NotLivingTogether ? Maybe<ReasonNotLivingTogether>() : null,
                Typology = Maybe<Typology>(),
                MultiplePerpetrators = multiple,
                AdditionalPerpetrators = multiple == YesNoDontKnow.Yes ? MaybeSet<Relationship>() : null,
                AttemptedToEndRelationship = attempted,
                AttemptsToEndRelationship = attempted == true ? MaybeNumber(1, 12) : null,
                ForcedMarriage = Maybe<YesNoDontKnow>(),
                HonourBasedViolence = Maybe<YesNoDontKnow>(),
                Fgm = Maybe<YesNoDontKnow>(),
            };
        }

        private PerpetratorProfile Perpetrator() => new()
        {
            SexAtBirth = Maybe<Sex>(),
            GenderIdentity = Maybe<GenderIdentity>(),
            GenderDiffersFromSexAtBirth = MaybeBool(),
            MultipleVictims = Maybe<YesNoDontKnow>(),
            MentalHealthNeeds = Maybe<YesNoDontKnow>(),
            DrugNeeds = Maybe<YesNoDontKnow>(),
            AlcoholNeeds = Maybe<YesNoDontKnow>(),
        };

        private IntakeNeeds Needs()
        {
            var diagnosed = Maybe<YesNoDontKnow>();
            return new IntakeNeeds
            {
                AlcoholMisuse = Maybe<YesNoDontKnow>(),
                ChildrenAndParenting = Maybe<YesNoDontKnow>(),
                DrugMisuse = Maybe<YesNoDontKnow>(),
                EmploymentEducationAndTraining = Maybe<YesNoDontKnow>(),
                FinanceBenefitsAndDebt = Maybe<YesNoDontKnow>(),
                Housing = Maybe<YesNoDontKnow>(),
                Immigration = Maybe<YesNoDontKnow>(),
                MentalHealth = Maybe<YesNoDontKnow>(),
                PhysicalHealth = Maybe<YesNoDontKnow>(),
                SocialAndCommunitySupport = Maybe<YesNoDontKnow>(),
                MentalHealthSymptoms = MaybeSet<MentalHealthSymptom>(),
                DiagnosedMentalHealthCondition = diagnosed,
                DiagnosedConditions = diagnosed == YesNoDontKnow.Yes ? MaybeSet<MentalHealthCondition>() : null,
                AccessToPublicFunds = Maybe<YesNoDontKnow>(),
                NeedsIndefiniteLeaveToRemain = Maybe<YesNoDontKnow>(),
                VisaDependentOnPerpetrator = Maybe<YesNoDontKnow>(),
            };
        }

        private ReviewForm Review(DateOnly from, DateOnly to) => new()
        {
            Date = from.AddDays(random.Next(0, to.DayNumber - from.DayNumber + 1)),
            FurtherAbuse = Maybe<FurtherAbuse>(),
            Levels = Levels(),
            FurtherDisclosure = Maybe<FurtherDisclosure>(),
        };

        private ExitForm Exit(DateOnly intakeDate)
        {
            var closureType = Maybe<ClosureType>();
            var ongoingContact = Maybe<YesNoDontKnow>();
            return new ExitForm
            {
                ClosureDate = intakeDate.AddDays(random.Next(0, 600)),
                ClosureType = closureType,
                UnplannedClosureReason = closureType == ClosureType.UnplannedClosure ? Maybe<UnplannedClosureReason>() : null,
                Contacts = MaybeNumber(0, 80),
                DashTicks = MaybeNumber(0, 24),
                Levels = Levels(),
                NoAbuseSinceIntake = MaybeBool(),
                NoAbuseSinceLastReview = MaybeBool(),
                EscalationInSeverity = MaybeBool(),
                EscalationInFrequency = MaybeBool(),
                PerpetratorRelationship = Maybe<Relationship>(),
                LivingWithPerpetrator = Maybe<LivingArrangement>(),
                OngoingContact = ongoingContact,
                OngoingContactReasons = ongoingContact == YesNoDontKnow.Yes ? MaybeSet<OngoingContactReason>() : null,
                ChildContactConflict = Maybe<YesNoDontKnow>(),
                ChildContactUsedToAbuse = Maybe<YesNoDontKnow>(),
                ClientOutcomes = Chance(0.7)
                    ? new ClientOutcomes
                    {
                        FeelSafer = Maybe<Agreement>(),
                        ImprovedWellbeing = Maybe<Agreement>(),
                        QualityOfLifeImproved = Maybe<Agreement>(),
                        OptimisticAboutFuture = Maybe<Agreement>(),
                        FeelMoreConfident = Maybe<Agreement>(),
                    }
                    : null,
                AgenciesMadeDifference = MaybeSet<Agency>(),
                AgenciesWorkedWell = MaybeSet<Agency>(),
                AgenciesPresentedChallenges = MaybeSet<Agency>(),
                Support = new SupportGiven
                {
                    Safety = Area<SafetyOutcome>(),
                    Housing = Area<HousingOutcome>(),
                    PhysicalHealth = Area<PhysicalHealthOutcome>(),
                    MentalHealth = Area<MentalHealthOutcome>(),
                    DrugMisuse = Area<DrugMisuseOutcome>(),
                    AlcoholMisuse = Area<AlcoholMisuseOutcome>(),
                    ChildrenAndParenting = Area<ChildrenAndParentingOutcome>(),
                    FinanceBenefitsAndDebt = Area<FinanceOutcome>(),
                    EmploymentEducationAndTraining = Area<EmploymentOutcome>(),
                    SocialAndCommunitySupport = Area<SocialAndCommunityOutcome>(),
                    Immigration = Area<ImmigrationOutcome>(),
                    CypsInvolvementAtExit = MaybeSet<CypsInvolvement>(),
                },
                CriminalJustice = Chance(0.15) ? CriminalJustice() : null,
                CivilJustice = Chance(0.15) ? CivilJustice() : null,
            };
        }

        private AreaSupport<TOutcome>? Area<TOutcome>() where TOutcome : struct, Enum
        {
            if (Chance(0.3))
            {
                return null;
            }

            var supported = MaybeBool();
            return supported == true
                ? new AreaSupport<TOutcome> { Supported = true, Outcomes = MaybeSet<TOutcome>(), SafetyImpact = Maybe<Impact>(), WellbeingImpact = Maybe<Impact>() }
                : new AreaSupport<TOutcome> { Supported = supported };
        }

        private CriminalJusticeForm CriminalJustice() => new()
        {
            PoliceReports = ValueList.From(Enumerable.Range(0, random.Next(0, 3)).Select(_ => new PoliceReport
            {
                Timing = Maybe<ReportTiming>(),
                Incidents = ValueList.From(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Incident())),
                SpecialMeasures = Maybe<SpecialMeasures>(),
                Penalties = MaybeSet<PerpetratorPenalty>(),
                Support = MaybeSet<CriminalJusticeSupport>(),
            })),
        };

        private Incident Incident()
        {
            var consequence = Maybe<IncidentConsequence>();
            return new Incident
            {
                Offence = Pick<Offence>(),
                Consequence = consequence,
                NfaReason = consequence == IncidentConsequence.PoliceReportNoFurtherAction ? Maybe<NfaReason>() : null,
            };
        }

        private CivilJusticeForm CivilJustice() => new()
        {
            LegalAid = Maybe<YesNoDontKnow>(),
            Orders = ValueList.From(Enumerable.Range(0, random.Next(0, 3)).Select(_ => new CivilOrder { Type = Pick<CivilOrderType>(), Status = Pick<CivilOrderStatus>() })),
            Support = MaybeSet<CivilJusticeSupport>(),
        };

        private AbuseProfile Levels() => new()
        {
            Physical = Maybe<AbuseLevel>(),
            Sexual = Maybe<AbuseLevel>(),
            HarassmentAndStalking = Maybe<AbuseLevel>(),
            JealousAndControlling = Maybe<AbuseLevel>(),
        };

        private bool Chance(double probability) => random.NextDouble() < probability;

        private TEnum Pick<TEnum>() where TEnum : struct, Enum
        {
            var all = Labels.All<TEnum>();
            return all[random.Next(all.Count)];
        }

        private TEnum? Maybe<TEnum>() where TEnum : struct, Enum => Chance(0.2) ? null : Pick<TEnum>();

        private bool? MaybeBool() => Chance(0.2) ? null : Chance(0.5);

        private int? MaybeNumber(int minimum, int maximum) => Chance(0.2) ? null : random.Next(minimum, maximum + 1);

        private EnumSet<TEnum>? MaybeSet<TEnum>() where TEnum : struct, Enum
        {
            if (Chance(0.2))
            {
                return null;
            }

            var count = Labels.All<TEnum>().Count;
            var set = EnumSet<TEnum>.Empty;
            var ticks = Chance(0.1) ? 0 : random.Next(1, Math.Min(count, 4) + 1);
            for (var i = 0; i < ticks; i++)
            {
                set = set.With(Pick<TEnum>());
            }

            return set;
        }
    }
}
