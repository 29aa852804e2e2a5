using System.Collections.Frozen;
using System.Text.Json.Serialization;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// The converters of every enum, multi-select and list type of the model, made without reflection so that the
/// format works trimmed and NativeAOT-compiled (a factory using MakeGenericType cannot). A test walks the model
/// and fails when a type is missing here.
/// </summary>
internal static class KnownConverters
{
    internal static readonly FrozenDictionary<Type, Func<JsonConverter>> ByType = new Dictionary<Type, Func<JsonConverter>>
    {
        [typeof(AbuseLevel)] = static () => new AnswerEnumConverter<AbuseLevel>(),
        [typeof(Agreement)] = static () => new AnswerEnumConverter<Agreement>(),
        [typeof(ChildAgeBand)] = static () => new AnswerEnumConverter<ChildAgeBand>(),
        [typeof(CivilOrderStatus)] = static () => new AnswerEnumConverter<CivilOrderStatus>(),
        [typeof(CivilOrderType)] = static () => new AnswerEnumConverter<CivilOrderType>(),
        [typeof(ClosureType)] = static () => new AnswerEnumConverter<ClosureType>(),
        [typeof(Ethnicity)] = static () => new AnswerEnumConverter<Ethnicity>(),
        [typeof(FinancialSituation)] = static () => new AnswerEnumConverter<FinancialSituation>(),
        [typeof(FurtherAbuse)] = static () => new AnswerEnumConverter<FurtherAbuse>(),
        [typeof(FurtherDisclosure)] = static () => new AnswerEnumConverter<FurtherDisclosure>(),
        [typeof(GenderIdentity)] = static () => new AnswerEnumConverter<GenderIdentity>(),
        [typeof(HighRiskBasis)] = static () => new AnswerEnumConverter<HighRiskBasis>(),
        [typeof(Impact)] = static () => new AnswerEnumConverter<Impact>(),
        [typeof(IncidentConsequence)] = static () => new AnswerEnumConverter<IncidentConsequence>(),
        [typeof(InitialReferralRoute)] = static () => new AnswerEnumConverter<InitialReferralRoute>(),
        [typeof(LivingArrangement)] = static () => new AnswerEnumConverter<LivingArrangement>(),
        [typeof(NfaReason)] = static () => new AnswerEnumConverter<NfaReason>(),
        [typeof(Offence)] = static () => new AnswerEnumConverter<Offence>(),
        [typeof(PrimaryReferralRoute)] = static () => new AnswerEnumConverter<PrimaryReferralRoute>(),
        [typeof(ReasonNotLivingTogether)] = static () => new AnswerEnumConverter<ReasonNotLivingTogether>(),
        [typeof(ReferralStatus)] = static () => new AnswerEnumConverter<ReferralStatus>(),
        [typeof(Region)] = static () => new AnswerEnumConverter<Region>(),
        [typeof(Relationship)] = static () => new AnswerEnumConverter<Relationship>(),
        [typeof(ReportTiming)] = static () => new AnswerEnumConverter<ReportTiming>(),
        [typeof(Sex)] = static () => new AnswerEnumConverter<Sex>(),
        [typeof(SexualOrientation)] = static () => new AnswerEnumConverter<SexualOrientation>(),
        [typeof(SpecialMeasures)] = static () => new AnswerEnumConverter<SpecialMeasures>(),
        [typeof(Typology)] = static () => new AnswerEnumConverter<Typology>(),
        [typeof(UnplannedClosureReason)] = static () => new AnswerEnumConverter<UnplannedClosureReason>(),
        [typeof(YesNoDontKnow)] = static () => new AnswerEnumConverter<YesNoDontKnow>(),
        [typeof(EnumSet<AdverseChildhoodExperienceType>)] = static () => new EnumSetConverter<AdverseChildhoodExperienceType>(),
        [typeof(EnumSet<Agency>)] = static () => new EnumSetConverter<Agency>(),
        [typeof(EnumSet<AlcoholMisuseOutcome>)] = static () => new EnumSetConverter<AlcoholMisuseOutcome>(),
        [typeof(EnumSet<ChildrenAndParentingOutcome>)] = static () => new EnumSetConverter<ChildrenAndParentingOutcome>(),
        [typeof(EnumSet<CivilJusticeSupport>)] = static () => new EnumSetConverter<CivilJusticeSupport>(),
        [typeof(EnumSet<ControllingBehaviourDetail>)] = static () => new EnumSetConverter<ControllingBehaviourDetail>(),
        [typeof(EnumSet<CriminalJusticeSupport>)] = static () => new EnumSetConverter<CriminalJusticeSupport>(),
        [typeof(EnumSet<CypsInvolvement>)] = static () => new EnumSetConverter<CypsInvolvement>(),
        [typeof(EnumSet<DisabilityType>)] = static () => new EnumSetConverter<DisabilityType>(),
        [typeof(EnumSet<DrugMisuseOutcome>)] = static () => new EnumSetConverter<DrugMisuseOutcome>(),
        [typeof(EnumSet<EmploymentOutcome>)] = static () => new EnumSetConverter<EmploymentOutcome>(),
        [typeof(EnumSet<EmploymentStatus>)] = static () => new EnumSetConverter<EmploymentStatus>(),
        [typeof(EnumSet<FinanceOutcome>)] = static () => new EnumSetConverter<FinanceOutcome>(),
        [typeof(EnumSet<HarassmentDetail>)] = static () => new EnumSetConverter<HarassmentDetail>(),
        [typeof(EnumSet<HousingOutcome>)] = static () => new EnumSetConverter<HousingOutcome>(),
        [typeof(EnumSet<ImmigrationOutcome>)] = static () => new EnumSetConverter<ImmigrationOutcome>(),
        [typeof(EnumSet<MentalHealthCondition>)] = static () => new EnumSetConverter<MentalHealthCondition>(),
        [typeof(EnumSet<MentalHealthOutcome>)] = static () => new EnumSetConverter<MentalHealthOutcome>(),
        [typeof(EnumSet<MentalHealthSymptom>)] = static () => new EnumSetConverter<MentalHealthSymptom>(),
        [typeof(EnumSet<OngoingContactReason>)] = static () => new EnumSetConverter<OngoingContactReason>(),
        [typeof(EnumSet<PerpetratorPenalty>)] = static () => new EnumSetConverter<PerpetratorPenalty>(),
        [typeof(EnumSet<PhysicalAbuseDetail>)] = static () => new EnumSetConverter<PhysicalAbuseDetail>(),
        [typeof(EnumSet<PhysicalHealthOutcome>)] = static () => new EnumSetConverter<PhysicalHealthOutcome>(),
        [typeof(EnumSet<PreviousExposureKind>)] = static () => new EnumSetConverter<PreviousExposureKind>(),
        [typeof(EnumSet<Relationship>)] = static () => new EnumSetConverter<Relationship>(),
        [typeof(EnumSet<SafetyOutcome>)] = static () => new EnumSetConverter<SafetyOutcome>(),
        [typeof(EnumSet<SexualAbuseDetail>)] = static () => new EnumSetConverter<SexualAbuseDetail>(),
        [typeof(EnumSet<SocialAndCommunityOutcome>)] = static () => new EnumSetConverter<SocialAndCommunityOutcome>(),
        [typeof(ValueList<Child>)] = static () => new ValueListConverter<Child>(),
        [typeof(ValueList<CivilOrder>)] = static () => new ValueListConverter<CivilOrder>(),
        [typeof(ValueList<Incident>)] = static () => new ValueListConverter<Incident>(),
        [typeof(ValueList<PoliceReport>)] = static () => new ValueListConverter<PoliceReport>(),
        [typeof(ValueList<ReviewForm>)] = static () => new ValueListConverter<ReviewForm>(),
    }.ToFrozenDictionary();
}
