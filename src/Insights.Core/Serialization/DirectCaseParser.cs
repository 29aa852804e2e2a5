using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Insights.Core.Model;

namespace Insights.Core.Serialization;

/// <summary>
/// Reads a line of the case format straight into the model with a strict scanner of its own, without the
/// serializer's metadata. It takes only lines it can accept outright: at the first thing it does not expect (an
/// unknown, repeated, escaped or missing property, a token of another type, a code it does not know, a value the
/// model refuses, anything after the case) it gives up, and the line is read again by the serializer, which
/// explains what is wrong. So every finding is the serializer's, and this only makes valid lines cheaper.
/// </summary>
/// <remarks>
/// Why: System.Text.Json reads records with <c>required</c> and <c>init</c> members through its
/// parameterised-constructor path, which boxes every value into an argument array; that was about half the cost
/// of reading a case (docs/performance.md, "Ingestion: where the time goes"). Property names come from the
/// model's member names with the format's camel-case policy, so they cannot drift from the serializer's; a test
/// checks that every object type here knows exactly the properties the serializer's metadata lists, and that
/// both readers make equal cases from the same lines.
/// </remarks>
internal static class DirectCaseParser
{
    /// <summary>Reads <paramref name="line"/> as one case, or gives up.</summary>
    /// <returns><see langword="true"/> with the case when the line is a valid case this reader accepts outright.</returns>
    internal static bool TryParse(ReadOnlySpan<byte> line, [NotNullWhen(true)] out Case? value)
    {
        value = null;
        try
        {
            var reader = new Scanner(line);
            reader.SkipSpace();
            if (!ReadCase(ref reader, out var c) || !reader.AtEnd())
            {
                return false;
            }

            value = c;
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Broken JSON, a refused value, text that cannot be decoded: the serializer reads the line again and says which.
            return false;
        }
    }

    private delegate bool ItemReader<T>(ref Scanner reader, [NotNullWhen(true)] out T? item) where T : class;

    private const int End = -1;
    private const int GiveUp = -2;

    /// <summary>The properties of one object type, in the order the format's writer puts them.</summary>
    private sealed class Properties
    {
        private readonly byte[][] _names;

        internal Properties(Type type, params string[] members)
        {
            Type = type;
            Members = members;
            _names = [.. members.Select(m => Encoding.UTF8.GetBytes(JsonNamingPolicy.CamelCase.ConvertName(m)))];
            _quoted = [.. _names.Select(n => (byte[])[(byte)'"', .. n, (byte)'"', (byte)':'])];
        }

        // Each name as the format's writer puts it before its value, quoted and followed by a colon: the next
        // property is nearly always the one after the last, so one comparison usually reads its name.
        private readonly byte[][] _quoted;

        /// <summary>Takes the name of the property expected next, as written with no space before its colon, if it is there.</summary>
        internal int TryExpected(ref Scanner reader, ref int next)
        {
            var i = next < _quoted.Length ? next : 0;
            if (reader.TryLiteral(_quoted[i]))
            {
                next = i + 1;
                return i;
            }

            return GiveUp;
        }

        internal Type Type { get; }

        internal string[] Members { get; }

        /// <summary>Gets the JSON names, for the test that compares them with the serializer's metadata.</summary>
        internal IEnumerable<string> JsonNames => _names.Select(n => Encoding.UTF8.GetString(n));

        internal ulong Mask(params string[] required)
        {
            var mask = 0UL;
            foreach (var member in required)
            {
                mask |= 1UL << Array.IndexOf(Members, member);
            }

            return mask;
        }

        /// <summary>Finds a name, searching from after the last one found: a writer keeps the order, so this is usually the first try.</summary>
        internal int Find(ReadOnlySpan<byte> name, ref int next)
        {
            var names = _names;
            for (var k = 0; k < names.Length; k++)
            {
                var i = next + k;
                if (i >= names.Length)
                {
                    i -= names.Length;
                }

                if (name.SequenceEqual(names[i]))
                {
                    next = i + 1;
                    return i;
                }
            }

            return GiveUp;
        }
    }

    /// <summary>Where the reader is inside one object: the properties seen, and where to look for the next name.</summary>
    private struct ObjectState
    {
        internal ulong Seen;
        internal int Next;
    }

    /// <summary>Moves to the next property's value: its index, <see cref="End"/> at the end of the object, or <see cref="GiveUp"/>.</summary>
    private static int Next(ref Scanner reader, Properties properties, ref ObjectState state)
    {
        reader.SkipSpace();
        if (reader.TryTake((byte)'}'))
        {
            return End;
        }

        if (state.Seen != 0)
        {
            if (!reader.TryTake((byte)','))
            {
                return GiveUp;
            }

            reader.SkipSpace();
        }

        var index = properties.TryExpected(ref reader, ref state.Next);
        if (index < 0)
        {
            if (!reader.TryPlainString(out var name))
            {
                return GiveUp;
            }

            index = properties.Find(name, ref state.Next);
            if (index < 0)
            {
                return GiveUp;
            }

            reader.SkipSpace();
            if (!reader.TryTake((byte)':'))
            {
                return GiveUp;
            }
        }

        if ((state.Seen & (1UL << index)) != 0)
        {
            return GiveUp;
        }

        reader.SkipSpace();
        state.Seen |= 1UL << index;
        return index;
    }

    private static bool Has(in ObjectState state, ulong required) => (state.Seen & required) == required;

    // ---- values --------------------------------------------------------------------------------------------

    private static bool Int(ref Scanner reader, out int? value)
    {
        value = null;
        if (reader.TryNull())
        {
            return true;
        }

        if (reader.TryInt(out var number))
        {
            value = number;
            return true;
        }

        return false;
    }

    private static bool Bool(ref Scanner reader, out bool? value)
    {
        value = null;
        if (reader.TryLiteral("true"u8))
        {
            value = true;
            return true;
        }

        if (reader.TryLiteral("false"u8))
        {
            value = false;
            return true;
        }

        return reader.TryNull();
    }

    private static bool Code<TEnum>(ref Scanner reader, out TEnum? value) where TEnum : struct, Enum
    {
        value = null;
        if (reader.TryNull())
        {
            return true;
        }

        if (RequiredCode(ref reader, out TEnum code))
        {
            value = code;
            return true;
        }

        return false;
    }

    private static bool RequiredCode<TEnum>(ref Scanner reader, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return reader.TryPlainString(out var text) && Utf8Codes<TEnum>.TryFind(text, out value);
    }

    private static bool Set<TEnum>(ref Scanner reader, out EnumSet<TEnum>? value) where TEnum : struct, Enum
    {
        value = null;
        if (reader.TryNull())
        {
            return true;
        }

        if (!reader.TryTake((byte)'['))
        {
            return false;
        }

        var set = EnumSet<TEnum>.Empty;
        var items = 0;
        while (reader.NextItem(ref items))
        {
            if (!RequiredCode(ref reader, out TEnum member) || set.Contains(member))
            {
                return false;
            }

            set = set.With(member);
        }

        value = set;
        return items >= 0;
    }

    private static bool Date(ref Scanner reader, out DateOnly value)
    {
        value = default;
        return reader.TryPlainString(out var text) && DateConverter.TryParse(text, out value);
    }

    private static bool Text(ref Scanner reader, [NotNullWhen(true)] out string? value)
    {
        value = reader.TryText();
        return value is not null;
    }

    private static bool Identifier(ref Scanner reader, [NotNullWhen(true)] out string? value)
    {
        // An identifier is plain ASCII of at most 64 characters; anything else is explained by the serializer.
        value = null;
        if (!reader.TryPlainString(out var text) || text.Length is 0 or > 64 || !Ascii.IsValid(text))
        {
            return false;
        }

        value = Encoding.ASCII.GetString(text);
        return true;
    }

    private static bool Object<T>(ref Scanner reader, ItemReader<T> read, out T? value) where T : class
    {
        value = null;
        return reader.TryNull() || read(ref reader, out value);
    }

    private static bool List<T>(ref Scanner reader, ItemReader<T> read, out ValueList<T> value) where T : class
    {
        value = ValueList<T>.Empty;
        if (!reader.TryTake((byte)'['))
        {
            return false;
        }

        List<T>? items = null;
        var count = 0;
        while (reader.NextItem(ref count))
        {
            if (!read(ref reader, out var item))
            {
                return false;
            }

            (items ??= []).Add(item);
        }

        if (count < 0)
        {
            return false;
        }

        if (items is not null)
        {
            value = ValueList<T>.Create([.. items]);
        }

        return true;
    }

    private static bool IsObject(ref Scanner reader) => reader.TryTake((byte)'{');

    // ---- the records ---------------------------------------------------------------------------------------

    private static readonly Properties CaseProperties = new(typeof(Model.Case),
        nameof(Model.Case.Id), nameof(Model.Case.Client), nameof(Model.Case.Service), nameof(Model.Case.ReferralStatus),
        nameof(Model.Case.PrimaryReferralRoute), nameof(Model.Case.InitialReferralRoute), nameof(Model.Case.IntakeDate),
        nameof(Model.Case.Intake), nameof(Model.Case.Reviews), nameof(Model.Case.Exit));

    private static readonly ulong CaseRequired = CaseProperties.Mask(
        nameof(Model.Case.Id), nameof(Model.Case.Client), nameof(Model.Case.Service), nameof(Model.Case.IntakeDate), nameof(Model.Case.Intake));

    private static bool ReadCase(ref Scanner reader, [NotNullWhen(true)] out Case? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        string? id = null, client = null;
        Service? service = null;
        ReferralStatus? status = null;
        PrimaryReferralRoute? primary = null;
        InitialReferralRoute? initial = null;
        DateOnly intakeDate = default;
        IntakeForm? intake = null;
        var reviews = ValueList<ReviewForm>.Empty;
        ExitForm? exit = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, CaseProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Identifier(ref reader, out id),
                1 => Identifier(ref reader, out client),
                2 => ReadService(ref reader, out service),
                3 => Code(ref reader, out status),
                4 => Code(ref reader, out primary),
                5 => Code(ref reader, out initial),
                6 => Date(ref reader, out intakeDate),
                7 => ReadIntake(ref reader, out intake),
                8 => List(ref reader, ReviewReader, out reviews),
                _ => Object(ref reader, ExitReader, out exit),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End || !Has(state, CaseRequired))
        {
            return false;
        }

        value = new Case
        {
            Id = new CaseId(id!),
            Client = new ClientId(client!),
            Service = service!,
            ReferralStatus = status,
            PrimaryReferralRoute = primary,
            InitialReferralRoute = initial,
            IntakeDate = intakeDate,
            Intake = intake!,
            Reviews = reviews,
            Exit = exit,
        };
        return true;
    }

    private static readonly Properties ServiceProperties = new(typeof(Service),
        nameof(Model.Service.Id), nameof(Model.Service.Name), nameof(Model.Service.Region));

    private static bool ReadService(ref Scanner reader, [NotNullWhen(true)] out Service? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        string? id = null, name = null;
        Region region = default;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, ServiceProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Identifier(ref reader, out id),
                1 => Text(ref reader, out name),
                _ => RequiredCode(ref reader, out region),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End || state.Seen != 0b111)
        {
            return false;
        }

        value = new Service { Id = new ServiceId(id!), Name = name!, Region = region };
        return true;
    }

    private static readonly Properties IntakeProperties = new(typeof(IntakeForm),
        nameof(IntakeForm.Profile), nameof(IntakeForm.Abuse), nameof(IntakeForm.Perpetrator), nameof(IntakeForm.Needs));

    private static bool ReadIntake(ref Scanner reader, [NotNullWhen(true)] out IntakeForm? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        ClientProfile? profile = null;
        AbuseHistory? abuse = null;
        PerpetratorProfile? perpetrator = null;
        IntakeNeeds? needs = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, IntakeProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => ReadProfile(ref reader, out profile),
                1 => ReadAbuse(ref reader, out abuse),
                2 => ReadPerpetrator(ref reader, out perpetrator),
                _ => ReadNeeds(ref reader, out needs),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End || state.Seen != 0b1111)
        {
            return false;
        }

        value = new IntakeForm { Profile = profile!, Abuse = abuse!, Perpetrator = perpetrator!, Needs = needs! };
        return true;
    }

    private static readonly Properties ProfileProperties = new(typeof(ClientProfile),
        nameof(ClientProfile.Age), nameof(ClientProfile.SexAtBirth), nameof(ClientProfile.GenderIdentity),
        nameof(ClientProfile.GenderDiffersFromSexAtBirth), nameof(ClientProfile.SexualOrientation), nameof(ClientProfile.Ethnicity),
        nameof(ClientProfile.Pregnant), nameof(ClientProfile.NumberOfChildren), nameof(ClientProfile.Children),
        nameof(ClientProfile.CypsInvolvement), nameof(ClientProfile.Disability), nameof(ClientProfile.DisabilityTypes),
        nameof(ClientProfile.Employment), nameof(ClientProfile.FinancialSituation), nameof(ClientProfile.AdverseChildhoodExperience),
        nameof(ClientProfile.AdverseChildhoodExperiences));

    private static bool ReadProfile(ref Scanner reader, [NotNullWhen(true)] out ClientProfile? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        int? age = null, numberOfChildren = null;
        Sex? sex = null;
        GenderIdentity? gender = null;
        bool? genderDiffers = null;
        SexualOrientation? orientation = null;
        Ethnicity? ethnicity = null;
        YesNoDontKnow? pregnant = null, disability = null, ace = null;
        var children = ValueList<Child>.Empty;
        EnumSet<CypsInvolvement>? cyps = null;
        EnumSet<DisabilityType>? disabilityTypes = null;
        EnumSet<EmploymentStatus>? employment = null;
        FinancialSituation? financial = null;
        EnumSet<AdverseChildhoodExperienceType>? aces = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, ProfileProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Int(ref reader, out age),
                1 => Code(ref reader, out sex),
                2 => Code(ref reader, out gender),
                3 => Bool(ref reader, out genderDiffers),
                4 => Code(ref reader, out orientation),
                5 => Code(ref reader, out ethnicity),
                6 => Code(ref reader, out pregnant),
                7 => Int(ref reader, out numberOfChildren),
                8 => List(ref reader, ChildReader, out children),
                9 => Set(ref reader, out cyps),
                10 => Code(ref reader, out disability),
                11 => Set(ref reader, out disabilityTypes),
                12 => Set(ref reader, out employment),
                13 => Code(ref reader, out financial),
                14 => Code(ref reader, out ace),
                _ => Set(ref reader, out aces),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new ClientProfile
        {
            Age = age,
            SexAtBirth = sex,
            GenderIdentity = gender,
            GenderDiffersFromSexAtBirth = genderDiffers,
            SexualOrientation = orientation,
            Ethnicity = ethnicity,
            Pregnant = pregnant,
            NumberOfChildren = numberOfChildren,
            Children = children,
            CypsInvolvement = cyps,
            Disability = disability,
            DisabilityTypes = disabilityTypes,
            Employment = employment,
            FinancialSituation = financial,
            AdverseChildhoodExperience = ace,
            AdverseChildhoodExperiences = aces,
        };
        return true;
    }

    private static readonly Properties ChildProperties = new(typeof(Child), nameof(Child.Age));

    private static readonly ItemReader<Child> ChildReader = ReadChild;

    private static bool ReadChild(ref Scanner reader, [NotNullWhen(true)] out Child? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        ChildAgeBand? age = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, ChildProperties, ref state)) >= 0)
        {
            if (!Code(ref reader, out age))
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new Child { Age = age };
        return true;
    }

    private static readonly Properties LevelProperties = new(typeof(AbuseProfile),
        nameof(AbuseProfile.Physical), nameof(AbuseProfile.Sexual), nameof(AbuseProfile.HarassmentAndStalking), nameof(AbuseProfile.JealousAndControlling));

    private static bool ReadLevels(ref Scanner reader, [NotNullWhen(true)] out AbuseProfile? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        AbuseLevel? physical = null, sexual = null, harassment = null, controlling = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, LevelProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Code(ref reader, out physical),
                1 => Code(ref reader, out sexual),
                2 => Code(ref reader, out harassment),
                _ => Code(ref reader, out controlling),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new AbuseProfile { Physical = physical, Sexual = sexual, HarassmentAndStalking = harassment, JealousAndControlling = controlling };
        return true;
    }

    private static readonly Properties AbuseProperties = new(typeof(AbuseHistory),
        nameof(AbuseHistory.DashTicks), nameof(AbuseHistory.HighRisk), nameof(AbuseHistory.HighRiskBasis), nameof(AbuseHistory.DiscussedAtMarac),
        nameof(AbuseHistory.Levels), nameof(AbuseHistory.PhysicalDetails), nameof(AbuseHistory.SexualDetails), nameof(AbuseHistory.HarassmentDetails),
        nameof(AbuseHistory.ControllingDetails), nameof(AbuseHistory.AbuseLengthMonths), nameof(AbuseHistory.PreviousExposure),
        nameof(AbuseHistory.PreviousExposureKinds), nameof(AbuseHistory.PrimaryPerpetratorRelationship), nameof(AbuseHistory.LivingWithPerpetrator),
        nameof(AbuseHistory.ReasonNotLivingTogether), nameof(AbuseHistory.Typology), nameof(AbuseHistory.MultiplePerpetrators),
        nameof(AbuseHistory.AdditionalPerpetrators), nameof(AbuseHistory.AttemptedToEndRelationship), nameof(AbuseHistory.AttemptsToEndRelationship),
        nameof(AbuseHistory.ForcedMarriage), nameof(AbuseHistory.HonourBasedViolence), nameof(AbuseHistory.Fgm));

    private static readonly ulong AbuseRequired = AbuseProperties.Mask(nameof(AbuseHistory.Levels));

    private static bool ReadAbuse(ref Scanner reader, [NotNullWhen(true)] out AbuseHistory? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        int? dash = null, length = null, attempts = null;
        YesNoDontKnow? highRisk = null, marac = null, previous = null, multiple = null, forced = null, honour = null, fgm = null;
        HighRiskBasis? basis = null;
        AbuseProfile? levels = null;
        EnumSet<PhysicalAbuseDetail>? physical = null;
        EnumSet<SexualAbuseDetail>? sexual = null;
        EnumSet<HarassmentDetail>? harassment = null;
        EnumSet<ControllingBehaviourDetail>? controlling = null;
        EnumSet<PreviousExposureKind>? previousKinds = null;
        Relationship? relationship = null;
        LivingArrangement? living = null;
        ReasonNotLivingTogether? reason = null;
        Typology? typology = null;
        EnumSet<Relationship>? additional = null;
        bool? attempted = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, AbuseProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Int(ref reader, out dash),
                1 => Code(ref reader, out highRisk),
                2 => Code(ref reader, out basis),
                3 => Code(ref reader, out marac),
                4 => ReadLevels(ref reader, out levels),
                5 => Set(ref reader, out physical),
                6 => Set(ref reader, out sexual),
                7 => Set(ref reader, out harassment),
                8 => Set(ref reader, out controlling),
                9 => Int(ref reader, out length),
                10 => Code(ref reader, out previous),
                11 => Set(ref reader, out previousKinds),
                12 => Code(ref reader, out relationship),
                13 => Code(ref reader, out living),
                14 => Code(ref reader, out reason),
                15 => Code(ref reader, out typology),
                16 => Code(ref reader, out multiple),
                17 => Set(ref reader, out additional),
                18 => Bool(ref reader, out attempted),
                19 => Int(ref reader, out attempts),
                20 => Code(ref reader, out forced),
                21 => Code(ref reader, out honour),
                _ => Code(ref reader, out fgm),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End || !Has(state, AbuseRequired))
        {
            return false;
        }

        value = new AbuseHistory
        {
            DashTicks = dash,
            HighRisk = highRisk,
            HighRiskBasis = basis,
            DiscussedAtMarac = marac,
            Levels = levels!,
            PhysicalDetails = physical,
            SexualDetails = sexual,
            HarassmentDetails = harassment,
            ControllingDetails = controlling,
            AbuseLengthMonths = length,
            PreviousExposure = previous,
            PreviousExposureKinds = previousKinds,
            PrimaryPerpetratorRelationship = relationship,
            LivingWithPerpetrator = living,
            ReasonNotLivingTogether = reason,
            Typology = typology,
            MultiplePerpetrators = multiple,
            AdditionalPerpetrators = additional,
            AttemptedToEndRelationship = attempted,
            AttemptsToEndRelationship = attempts,
            ForcedMarriage = forced,
            HonourBasedViolence = honour,
            Fgm = fgm,
        };
        return true;
    }

    private static readonly Properties PerpetratorProperties = new(typeof(PerpetratorProfile),
        nameof(PerpetratorProfile.SexAtBirth), nameof(PerpetratorProfile.GenderIdentity), nameof(PerpetratorProfile.GenderDiffersFromSexAtBirth),
        nameof(PerpetratorProfile.MultipleVictims), nameof(PerpetratorProfile.MentalHealthNeeds), nameof(PerpetratorProfile.DrugNeeds),
        nameof(PerpetratorProfile.AlcoholNeeds));

    private static bool ReadPerpetrator(ref Scanner reader, [NotNullWhen(true)] out PerpetratorProfile? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        Sex? sex = null;
        GenderIdentity? gender = null;
        bool? differs = null;
        YesNoDontKnow? victims = null, mental = null, drugs = null, alcohol = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, PerpetratorProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Code(ref reader, out sex),
                1 => Code(ref reader, out gender),
                2 => Bool(ref reader, out differs),
                3 => Code(ref reader, out victims),
                4 => Code(ref reader, out mental),
                5 => Code(ref reader, out drugs),
                _ => Code(ref reader, out alcohol),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new PerpetratorProfile
        {
            SexAtBirth = sex,
            GenderIdentity = gender,
            GenderDiffersFromSexAtBirth = differs,
            MultipleVictims = victims,
            MentalHealthNeeds = mental,
            DrugNeeds = drugs,
            AlcoholNeeds = alcohol,
        };
        return true;
    }

    private static readonly Properties NeedsProperties = new(typeof(IntakeNeeds),
        nameof(IntakeNeeds.AlcoholMisuse), nameof(IntakeNeeds.ChildrenAndParenting), nameof(IntakeNeeds.DrugMisuse),
        nameof(IntakeNeeds.EmploymentEducationAndTraining), nameof(IntakeNeeds.FinanceBenefitsAndDebt), nameof(IntakeNeeds.Housing),
        nameof(IntakeNeeds.Immigration), nameof(IntakeNeeds.MentalHealth), nameof(IntakeNeeds.PhysicalHealth),
        nameof(IntakeNeeds.SocialAndCommunitySupport), nameof(IntakeNeeds.MentalHealthSymptoms), nameof(IntakeNeeds.DiagnosedMentalHealthCondition),
        nameof(IntakeNeeds.DiagnosedConditions), nameof(IntakeNeeds.AccessToPublicFunds), nameof(IntakeNeeds.NeedsIndefiniteLeaveToRemain),
        nameof(IntakeNeeds.VisaDependentOnPerpetrator));

    private static bool ReadNeeds(ref Scanner reader, [NotNullWhen(true)] out IntakeNeeds? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        YesNoDontKnow? alcohol = null, children = null, drugs = null, employment = null, finance = null, housing = null,
            immigration = null, mental = null, physical = null, social = null, diagnosed = null, funds = null, leave = null, visa = null;
        EnumSet<MentalHealthSymptom>? symptoms = null;
        EnumSet<MentalHealthCondition>? conditions = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, NeedsProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Code(ref reader, out alcohol),
                1 => Code(ref reader, out children),
                2 => Code(ref reader, out drugs),
                3 => Code(ref reader, out employment),
                4 => Code(ref reader, out finance),
                5 => Code(ref reader, out housing),
                6 => Code(ref reader, out immigration),
                7 => Code(ref reader, out mental),
                8 => Code(ref reader, out physical),
                9 => Code(ref reader, out social),
                10 => Set(ref reader, out symptoms),
                11 => Code(ref reader, out diagnosed),
                12 => Set(ref reader, out conditions),
                13 => Code(ref reader, out funds),
                14 => Code(ref reader, out leave),
                _ => Code(ref reader, out visa),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new IntakeNeeds
        {
            AlcoholMisuse = alcohol,
            ChildrenAndParenting = children,
            DrugMisuse = drugs,
            EmploymentEducationAndTraining = employment,
            FinanceBenefitsAndDebt = finance,
            Housing = housing,
            Immigration = immigration,
            MentalHealth = mental,
            PhysicalHealth = physical,
            SocialAndCommunitySupport = social,
            MentalHealthSymptoms = symptoms,
            DiagnosedMentalHealthCondition = diagnosed,
            DiagnosedConditions = conditions,
            AccessToPublicFunds = funds,
            NeedsIndefiniteLeaveToRemain = leave,
            VisaDependentOnPerpetrator = visa,
        };
        return true;
    }

    private static readonly Properties ReviewProperties = new(typeof(ReviewForm),
        nameof(ReviewForm.Date), nameof(ReviewForm.FurtherAbuse), nameof(ReviewForm.Levels), nameof(ReviewForm.FurtherDisclosure));

    private static readonly ulong ReviewRequired = ReviewProperties.Mask(nameof(ReviewForm.Date), nameof(ReviewForm.Levels));

    private static readonly ItemReader<ReviewForm> ReviewReader = ReadReview;

    private static bool ReadReview(ref Scanner reader, [NotNullWhen(true)] out ReviewForm? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        DateOnly date = default;
        FurtherAbuse? further = null;
        AbuseProfile? levels = null;
        FurtherDisclosure? disclosure = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, ReviewProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Date(ref reader, out date),
                1 => Code(ref reader, out further),
                2 => ReadLevels(ref reader, out levels),
                _ => Code(ref reader, out disclosure),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End || !Has(state, ReviewRequired))
        {
            return false;
        }

        value = new ReviewForm { Date = date, FurtherAbuse = further, Levels = levels!, FurtherDisclosure = disclosure };
        return true;
    }

    private static readonly Properties ExitProperties = new(typeof(ExitForm),
        nameof(ExitForm.ClosureDate), nameof(ExitForm.ClosureType), nameof(ExitForm.UnplannedClosureReason), nameof(ExitForm.Contacts),
        nameof(ExitForm.DashTicks), nameof(ExitForm.Levels), nameof(ExitForm.NoAbuseSinceIntake), nameof(ExitForm.NoAbuseSinceLastReview),
        nameof(ExitForm.EscalationInSeverity), nameof(ExitForm.EscalationInFrequency), nameof(ExitForm.PerpetratorRelationship),
        nameof(ExitForm.LivingWithPerpetrator), nameof(ExitForm.OngoingContact), nameof(ExitForm.OngoingContactReasons),
        nameof(ExitForm.ChildContactConflict), nameof(ExitForm.ChildContactUsedToAbuse), nameof(ExitForm.ClientOutcomes),
        nameof(ExitForm.AgenciesMadeDifference), nameof(ExitForm.AgenciesWorkedWell), nameof(ExitForm.AgenciesPresentedChallenges),
        nameof(ExitForm.Support), nameof(ExitForm.CriminalJustice), nameof(ExitForm.CivilJustice));

    private static readonly ulong ExitRequired = ExitProperties.Mask(nameof(ExitForm.ClosureDate), nameof(ExitForm.Levels), nameof(ExitForm.Support));

    private static readonly ItemReader<ExitForm> ExitReader = ReadExit;

    private static bool ReadExit(ref Scanner reader, [NotNullWhen(true)] out ExitForm? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        DateOnly closure = default;
        ClosureType? type = null;
        UnplannedClosureReason? unplanned = null;
        int? contacts = null, dash = null;
        AbuseProfile? levels = null;
        bool? sinceIntake = null, sinceReview = null, severity = null, frequency = null;
        Relationship? relationship = null;
        LivingArrangement? living = null;
        YesNoDontKnow? ongoing = null, conflict = null, usedToAbuse = null;
        EnumSet<OngoingContactReason>? reasons = null;
        ClientOutcomes? outcomes = null;
        EnumSet<Agency>? difference = null, workedWell = null, challenges = null;
        SupportGiven? support = null;
        CriminalJusticeForm? criminal = null;
        CivilJusticeForm? civil = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, ExitProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Date(ref reader, out closure),
                1 => Code(ref reader, out type),
                2 => Code(ref reader, out unplanned),
                3 => Int(ref reader, out contacts),
                4 => Int(ref reader, out dash),
                5 => ReadLevels(ref reader, out levels),
                6 => Bool(ref reader, out sinceIntake),
                7 => Bool(ref reader, out sinceReview),
                8 => Bool(ref reader, out severity),
                9 => Bool(ref reader, out frequency),
                10 => Code(ref reader, out relationship),
                11 => Code(ref reader, out living),
                12 => Code(ref reader, out ongoing),
                13 => Set(ref reader, out reasons),
                14 => Code(ref reader, out conflict),
                15 => Code(ref reader, out usedToAbuse),
                16 => Object(ref reader, OutcomesReader, out outcomes),
                17 => Set(ref reader, out difference),
                18 => Set(ref reader, out workedWell),
                19 => Set(ref reader, out challenges),
                20 => ReadSupport(ref reader, out support),
                21 => Object(ref reader, CriminalReader, out criminal),
                _ => Object(ref reader, CivilReader, out civil),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End || !Has(state, ExitRequired))
        {
            return false;
        }

        value = new ExitForm
        {
            ClosureDate = closure,
            ClosureType = type,
            UnplannedClosureReason = unplanned,
            Contacts = contacts,
            DashTicks = dash,
            Levels = levels!,
            NoAbuseSinceIntake = sinceIntake,
            NoAbuseSinceLastReview = sinceReview,
            EscalationInSeverity = severity,
            EscalationInFrequency = frequency,
            PerpetratorRelationship = relationship,
            LivingWithPerpetrator = living,
            OngoingContact = ongoing,
            OngoingContactReasons = reasons,
            ChildContactConflict = conflict,
            ChildContactUsedToAbuse = usedToAbuse,
            ClientOutcomes = outcomes,
            AgenciesMadeDifference = difference,
            AgenciesWorkedWell = workedWell,
            AgenciesPresentedChallenges = challenges,
            Support = support!,
            CriminalJustice = criminal,
            CivilJustice = civil,
        };
        return true;
    }

    private static readonly Properties OutcomeProperties = new(typeof(ClientOutcomes),
        nameof(ClientOutcomes.FeelSafer), nameof(ClientOutcomes.ImprovedWellbeing), nameof(ClientOutcomes.QualityOfLifeImproved),
        nameof(ClientOutcomes.OptimisticAboutFuture), nameof(ClientOutcomes.FeelMoreConfident));

    private static readonly ItemReader<ClientOutcomes> OutcomesReader = ReadOutcomes;

    private static bool ReadOutcomes(ref Scanner reader, [NotNullWhen(true)] out ClientOutcomes? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        Agreement? safer = null, wellbeing = null, quality = null, optimistic = null, confident = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, OutcomeProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Code(ref reader, out safer),
                1 => Code(ref reader, out wellbeing),
                2 => Code(ref reader, out quality),
                3 => Code(ref reader, out optimistic),
                _ => Code(ref reader, out confident),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new ClientOutcomes
        {
            FeelSafer = safer,
            ImprovedWellbeing = wellbeing,
            QualityOfLifeImproved = quality,
            OptimisticAboutFuture = optimistic,
            FeelMoreConfident = confident,
        };
        return true;
    }

    private static readonly Properties SupportProperties = new(typeof(SupportGiven),
        nameof(SupportGiven.Safety), nameof(SupportGiven.Housing), nameof(SupportGiven.PhysicalHealth), nameof(SupportGiven.MentalHealth),
        nameof(SupportGiven.DrugMisuse), nameof(SupportGiven.AlcoholMisuse), nameof(SupportGiven.ChildrenAndParenting),
        nameof(SupportGiven.FinanceBenefitsAndDebt), nameof(SupportGiven.EmploymentEducationAndTraining),
        nameof(SupportGiven.SocialAndCommunitySupport), nameof(SupportGiven.Immigration), nameof(SupportGiven.CypsInvolvementAtExit));

    private static bool ReadSupport(ref Scanner reader, [NotNullWhen(true)] out SupportGiven? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        AreaSupport<SafetyOutcome>? safety = null;
        AreaSupport<HousingOutcome>? housing = null;
        AreaSupport<PhysicalHealthOutcome>? physical = null;
        AreaSupport<MentalHealthOutcome>? mental = null;
        AreaSupport<DrugMisuseOutcome>? drugs = null;
        AreaSupport<AlcoholMisuseOutcome>? alcohol = null;
        AreaSupport<ChildrenAndParentingOutcome>? children = null;
        AreaSupport<FinanceOutcome>? finance = null;
        AreaSupport<EmploymentOutcome>? employment = null;
        AreaSupport<SocialAndCommunityOutcome>? social = null;
        AreaSupport<ImmigrationOutcome>? immigration = null;
        EnumSet<CypsInvolvement>? cyps = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, SupportProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => ReadArea(ref reader, out safety),
                1 => ReadArea(ref reader, out housing),
                2 => ReadArea(ref reader, out physical),
                3 => ReadArea(ref reader, out mental),
                4 => ReadArea(ref reader, out drugs),
                5 => ReadArea(ref reader, out alcohol),
                6 => ReadArea(ref reader, out children),
                7 => ReadArea(ref reader, out finance),
                8 => ReadArea(ref reader, out employment),
                9 => ReadArea(ref reader, out social),
                10 => ReadArea(ref reader, out immigration),
                _ => Set(ref reader, out cyps),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new SupportGiven
        {
            Safety = safety,
            Housing = housing,
            PhysicalHealth = physical,
            MentalHealth = mental,
            DrugMisuse = drugs,
            AlcoholMisuse = alcohol,
            ChildrenAndParenting = children,
            FinanceBenefitsAndDebt = finance,
            EmploymentEducationAndTraining = employment,
            SocialAndCommunitySupport = social,
            Immigration = immigration,
            CypsInvolvementAtExit = cyps,
        };
        return true;
    }

    private static readonly Properties AreaProperties = new(typeof(AreaSupport<>),
        nameof(AreaSupport<SafetyOutcome>.Supported), nameof(AreaSupport<SafetyOutcome>.Outcomes),
        nameof(AreaSupport<SafetyOutcome>.SafetyImpact), nameof(AreaSupport<SafetyOutcome>.WellbeingImpact));

    private static bool ReadArea<TOutcome>(ref Scanner reader, out AreaSupport<TOutcome>? value) where TOutcome : struct, Enum
    {
        value = null;
        if (reader.TryNull())
        {
            return true;
        }

        if (!IsObject(ref reader))
        {
            return false;
        }

        bool? supported = null;
        EnumSet<TOutcome>? outcomes = null;
        Impact? safety = null, wellbeing = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, AreaProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Bool(ref reader, out supported),
                1 => Set(ref reader, out outcomes),
                2 => Code(ref reader, out safety),
                _ => Code(ref reader, out wellbeing),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new AreaSupport<TOutcome> { Supported = supported, Outcomes = outcomes, SafetyImpact = safety, WellbeingImpact = wellbeing };
        return true;
    }

    private static readonly Properties CriminalProperties = new(typeof(CriminalJusticeForm), nameof(CriminalJusticeForm.PoliceReports));

    private static readonly ItemReader<CriminalJusticeForm> CriminalReader = ReadCriminal;

    private static bool ReadCriminal(ref Scanner reader, [NotNullWhen(true)] out CriminalJusticeForm? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        var reports = ValueList<PoliceReport>.Empty;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, CriminalProperties, ref state)) >= 0)
        {
            if (!List(ref reader, PoliceReportReader, out reports))
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new CriminalJusticeForm { PoliceReports = reports };
        return true;
    }

    private static readonly Properties PoliceReportProperties = new(typeof(PoliceReport),
        nameof(PoliceReport.Timing), nameof(PoliceReport.Incidents), nameof(PoliceReport.SpecialMeasures),
        nameof(PoliceReport.Penalties), nameof(PoliceReport.Support));

    private static readonly ItemReader<PoliceReport> PoliceReportReader = ReadPoliceReport;

    private static bool ReadPoliceReport(ref Scanner reader, [NotNullWhen(true)] out PoliceReport? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        ReportTiming? timing = null;
        var incidents = ValueList<Incident>.Empty;
        SpecialMeasures? measures = null;
        EnumSet<PerpetratorPenalty>? penalties = null;
        EnumSet<CriminalJusticeSupport>? support = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, PoliceReportProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Code(ref reader, out timing),
                1 => List(ref reader, IncidentReader, out incidents),
                2 => Code(ref reader, out measures),
                3 => Set(ref reader, out penalties),
                _ => Set(ref reader, out support),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new PoliceReport { Timing = timing, Incidents = incidents, SpecialMeasures = measures, Penalties = penalties, Support = support };
        return true;
    }

    private static readonly Properties IncidentProperties = new(typeof(Incident),
        nameof(Incident.Offence), nameof(Incident.Consequence), nameof(Incident.NfaReason));

    private static readonly ulong IncidentRequired = IncidentProperties.Mask(nameof(Incident.Offence));

    private static readonly ItemReader<Incident> IncidentReader = ReadIncident;

    private static bool ReadIncident(ref Scanner reader, [NotNullWhen(true)] out Incident? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        Offence offence = default;
        IncidentConsequence? consequence = null;
        NfaReason? nfa = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, IncidentProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => RequiredCode(ref reader, out offence),
                1 => Code(ref reader, out consequence),
                _ => Code(ref reader, out nfa),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End || !Has(state, IncidentRequired))
        {
            return false;
        }

        value = new Incident { Offence = offence, Consequence = consequence, NfaReason = nfa };
        return true;
    }

    private static readonly Properties CivilProperties = new(typeof(CivilJusticeForm),
        nameof(CivilJusticeForm.LegalAid), nameof(CivilJusticeForm.Orders), nameof(CivilJusticeForm.Support));

    private static readonly ItemReader<CivilJusticeForm> CivilReader = ReadCivil;

    private static bool ReadCivil(ref Scanner reader, [NotNullWhen(true)] out CivilJusticeForm? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        YesNoDontKnow? legalAid = null;
        var orders = ValueList<CivilOrder>.Empty;
        EnumSet<CivilJusticeSupport>? support = null;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, CivilProperties, ref state)) >= 0)
        {
            var ok = p switch
            {
                0 => Code(ref reader, out legalAid),
                1 => List(ref reader, CivilOrderReader, out orders),
                _ => Set(ref reader, out support),
            };
            if (!ok)
            {
                return false;
            }
        }

        if (p != End)
        {
            return false;
        }

        value = new CivilJusticeForm { LegalAid = legalAid, Orders = orders, Support = support };
        return true;
    }

    private static readonly Properties CivilOrderProperties = new(typeof(CivilOrder), nameof(CivilOrder.Type), nameof(CivilOrder.Status));

    private static readonly ItemReader<CivilOrder> CivilOrderReader = ReadCivilOrder;

    private static bool ReadCivilOrder(ref Scanner reader, [NotNullWhen(true)] out CivilOrder? value)
    {
        value = null;
        if (!IsObject(ref reader))
        {
            return false;
        }

        CivilOrderType type = default;
        CivilOrderStatus status = default;
        var state = default(ObjectState);
        int p;
        while ((p = Next(ref reader, CivilOrderProperties, ref state)) >= 0)
        {
            var ok = p == 0 ? RequiredCode(ref reader, out type) : RequiredCode(ref reader, out status);
            if (!ok)
            {
                return false;
            }
        }

        if (p != End || state.Seen != 0b11)
        {
            return false;
        }

        value = new CivilOrder { Type = type, Status = status };
        return true;
    }

    /// <summary>Gets every object type this reader knows with the JSON names of its properties (for the drift test).</summary>
    internal static IEnumerable<(Type Type, IEnumerable<string> Names)> KnownTypes =>
    [
        (CaseProperties.Type, CaseProperties.JsonNames), (ServiceProperties.Type, ServiceProperties.JsonNames),
        (IntakeProperties.Type, IntakeProperties.JsonNames), (ProfileProperties.Type, ProfileProperties.JsonNames),
        (ChildProperties.Type, ChildProperties.JsonNames), (LevelProperties.Type, LevelProperties.JsonNames),
        (AbuseProperties.Type, AbuseProperties.JsonNames), (PerpetratorProperties.Type, PerpetratorProperties.JsonNames),
        (NeedsProperties.Type, NeedsProperties.JsonNames), (ReviewProperties.Type, ReviewProperties.JsonNames),
        (ExitProperties.Type, ExitProperties.JsonNames), (OutcomeProperties.Type, OutcomeProperties.JsonNames),
        (SupportProperties.Type, SupportProperties.JsonNames), (AreaProperties.Type, AreaProperties.JsonNames),
        (CriminalProperties.Type, CriminalProperties.JsonNames), (PoliceReportProperties.Type, PoliceReportProperties.JsonNames),
        (IncidentProperties.Type, IncidentProperties.JsonNames), (CivilProperties.Type, CivilProperties.JsonNames),
        (CivilOrderProperties.Type, CivilOrderProperties.JsonNames),
    ];

    /// <summary>
    /// A strict reader of the JSON a case line is made of: structure, whitespace, strings without escapes (text may
    /// have them), whole numbers and the three literals. Anything else is not taken, and the line goes to the
    /// serializer.
    /// </summary>
    private ref struct Scanner(ReadOnlySpan<byte> text)
    {
        private readonly ReadOnlySpan<byte> _text = text;
        private int _at;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        internal void SkipSpace()
        {
            while (_at < _text.Length && _text[_at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                _at++;
            }
        }

        internal bool AtEnd()
        {
            SkipSpace();
            return _at == _text.Length;
        }

        internal bool TryTake(byte c)
        {
            if (_at < _text.Length && _text[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        internal bool TryLiteral(ReadOnlySpan<byte> literal)
        {
            if (_text[_at..].StartsWith(literal))
            {
                _at += literal.Length;
                return true;
            }

            return false;
        }

        internal bool TryNull() => TryLiteral("null"u8);

        /// <summary>
        /// Moves to the next item of an array whose '[' was taken; <paramref name="count"/> counts the items
        /// seen, and becomes -1 when the array is malformed (so the caller gives up).
        /// </summary>
        internal bool NextItem(ref int count)
        {
            SkipSpace();
            if (TryTake((byte)']'))
            {
                return false;
            }

            if (count > 0)
            {
                if (!TryTake((byte)','))
                {
                    count = -1;
                    return false;
                }

                SkipSpace();
            }

            count++;
            return true;
        }

        /// <summary>Takes a string with no escape and no control character, giving its bytes.</summary>
        internal bool TryPlainString(out ReadOnlySpan<byte> value)
        {
            value = default;
            if (!TryTake((byte)'"'))
            {
                return false;
            }

            // Strings here are short (codes, dates, identifiers): a plain loop beats a vectorised search.
            var text = _text;
            for (var end = _at; end < text.Length; end++)
            {
                var b = text[end];
                if (b == (byte)'"')
                {
                    value = text[_at..end];
                    _at = end + 1;
                    return true;
                }

                if (b is (byte)'\\' or < 0x20)
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Takes a string, escaped or not, decoded; <see langword="null"/> if there is none here.</summary>
        internal string? TryText()
        {
            var start = _at;
            if (TryPlainString(out var plain))
            {
                // Codes, dates and identifiers match ASCII only; text is the one value whose bytes are kept.
                return Utf8.IsValid(plain) ? Encoding.UTF8.GetString(plain) : null;
            }

            // Escapes are decoded by System.Text.Json's own reader over just this string; it throws on bad ones.
            _at = start;
            if (!TryTake((byte)'"'))
            {
                return null;
            }

            while (_at < _text.Length && _text[_at] != (byte)'"')
            {
                _at += _text[_at] == (byte)'\\' ? 2 : 1;
            }

            if (_at >= _text.Length)
            {
                return null;
            }

            _at++;
            var reader = new Utf8JsonReader(_text[start.._at]);
            return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        }

        /// <summary>Takes a whole number as JSON writes it (no leading zero, no fraction, no exponent) that fits in 32 bits.</summary>
        internal bool TryInt(out int value)
        {
            value = 0;
            var at = _at;
            var negative = at < _text.Length && _text[at] == (byte)'-';
            if (negative)
            {
                at++;
            }

            var digits = at;
            long number = 0;
            while (at < _text.Length && _text[at] - (byte)'0' is >= 0 and <= 9 && at - digits < 11)
            {
                number = (number * 10) + (_text[at] - (byte)'0');
                at++;
            }

            var length = at - digits;
            if (length == 0 || length > 10 || (length > 1 && _text[digits] == (byte)'0')
                || (at < _text.Length && _text[at] is (byte)'.' or (byte)'e' or (byte)'E' or (>= (byte)'0' and <= (byte)'9')))
            {
                return false;
            }

            number = negative ? -number : number;
            if (number is < int.MinValue or > int.MaxValue)
            {
                return false;
            }

            value = (int)number;
            _at = at;
            return true;
        }
    }

    /// <summary>The codes of one answer enum as UTF-8, looked up by length first: a code is a short ASCII name.</summary>
    private static class Utf8Codes<TEnum> where TEnum : struct, Enum
    {
        private static readonly byte[][] Codes = [.. AnswerSet<TEnum>.CodeList.Select(Encoding.UTF8.GetBytes)];

        internal static bool TryFind(ReadOnlySpan<byte> text, out TEnum value)
        {
            var codes = Codes;
            for (var i = 0; i < codes.Length; i++)
            {
                if (codes[i].Length == text.Length && text.SequenceEqual(codes[i]))
                {
                    value = AnswerSet<TEnum>.Values[i];
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
