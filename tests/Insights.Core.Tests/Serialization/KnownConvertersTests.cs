using System.Reflection;
using Insights.Core.Model;
using Insights.Core.Serialization;
using Xunit;

namespace Insights.Core.Tests.Serialization;

/// <summary>
/// The converters are listed by hand so that the format works NativeAOT-compiled (no MakeGenericType); this walks
/// the model from <see cref="Case"/> and fails when an answer enum, multi-select or list type is missing.
/// </summary>
public class KnownConvertersTests
{
    [Fact]
    public void ByType_EveryEnumSetAndListTypeOfTheModel_HasAConverter()
    {
        var needed = new HashSet<Type>();
        Walk(typeof(Case), needed, []);

        var missing = needed.Where(t => !KnownConverters.ByType.ContainsKey(t)).Select(t => t.ToString()).Order(StringComparer.Ordinal).ToList();

        Assert.Empty(missing);
        Assert.True(needed.Count > 50, $"only {needed.Count} types found: the walk is broken");
    }

    [Fact]
    public void ByType_EveryConverter_ConvertsItsOwnType()
    {
        foreach (var (type, create) in KnownConverters.ByType)
        {
            Assert.True(create().CanConvert(type), type.ToString());
        }
    }

    private static void Walk(Type type, HashSet<Type> needed, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (propertyType.IsEnum)
            {
                needed.Add(propertyType);
            }
            else if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(EnumSet<>))
            {
                needed.Add(propertyType);
            }
            else if (propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(ValueList<>))
            {
                needed.Add(propertyType);
                Walk(propertyType.GetGenericArguments()[0], needed, seen);
            }
            else if (propertyType.IsClass && propertyType.Namespace == typeof(Case).Namespace)
            {
                Walk(propertyType, needed, seen);
            }
        }
    }
}
