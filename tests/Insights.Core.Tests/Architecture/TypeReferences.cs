using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Insights.Core.Tests.Architecture;

/// <summary>A reference from one type to another, by full metadata name (nested types as <c>Outer/Inner</c>).</summary>
/// <param name="From">The top-level type whose code makes the reference (compiler-generated nested types count as their owner).</param>
/// <param name="To">The referenced type; for a nested type, its top-level type.</param>
/// <param name="ToAssembly">The assembly that defines <paramref name="To"/>: the walked assembly's own name or a referenced one's.</param>
internal readonly record struct TypeReference(string From, string To, string ToAssembly)
{
    public override string ToString() => $"{From} -> {To}";
}

/// <summary>
/// Every type an assembly's types refer to, read from its metadata with System.Reflection.Metadata: base types,
/// interfaces, generic constraints, fields, properties, events, method signatures, attributes, and method bodies
/// (locals, catch types and every type, method, field or token operand of an instruction).
/// </summary>
internal static class TypeReferences
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>Reads the references made by the types of the assembly file at <paramref name="path"/>.</summary>
    public static IReadOnlySet<TypeReference> Of(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var own = reader.GetString(reader.GetAssemblyDefinition().Name);
        var result = new HashSet<TypeReference>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var from = TopLevelName(reader, handle);
            var targets = new HashSet<EntityHandle>();
            var provider = new Collector(targets);
            var type = reader.GetTypeDefinition(handle);
            Add(reader, provider, targets, type.BaseType);
            foreach (var i in type.GetInterfaceImplementations())
            {
                Add(reader, provider, targets, reader.GetInterfaceImplementation(i).Interface);
            }

            AddGenericParameters(reader, provider, targets, type.GetGenericParameters());
            AddAttributes(reader, provider, targets, type.GetCustomAttributes());
            foreach (var f in type.GetFields())
            {
                var field = reader.GetFieldDefinition(f);
                field.DecodeSignature(provider, null);
                AddAttributes(reader, provider, targets, field.GetCustomAttributes());
            }

            foreach (var p in type.GetProperties())
            {
                var property = reader.GetPropertyDefinition(p);
                property.DecodeSignature(provider, null);
                AddAttributes(reader, provider, targets, property.GetCustomAttributes());
            }

            foreach (var e in type.GetEvents())
            {
                Add(reader, provider, targets, reader.GetEventDefinition(e).Type);
            }

            foreach (var m in type.GetMethods())
            {
                var method = reader.GetMethodDefinition(m);
                method.DecodeSignature(provider, null);
                AddGenericParameters(reader, provider, targets, method.GetGenericParameters());
                AddAttributes(reader, provider, targets, method.GetCustomAttributes());
                foreach (var p in method.GetParameters())
                {
                    AddAttributes(reader, provider, targets, reader.GetParameter(p).GetCustomAttributes());
                }

                if (method.RelativeVirtualAddress != 0)
                {
                    AddBody(reader, provider, targets, pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }

            foreach (var target in targets)
            {
                if (Resolve(reader, target, own) is { } to && to.Name != from)
                {
                    result.Add(new TypeReference(from, to.Name, to.Assembly));
                }
            }
        }

        return result;
    }

    /// <summary>The namespace of a full name made by this class: everything before the last dot of the top-level type.</summary>
    public static string NamespaceOf(string fullName)
    {
        var cut = fullName.LastIndexOf('.');
        return cut < 0 ? string.Empty : fullName[..cut];
    }

    private static void AddBody(MetadataReader reader, Collector provider, HashSet<EntityHandle> targets, MethodBodyBlock body)
    {
        if (!body.LocalSignature.IsNil)
        {
            reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null);
        }

        foreach (var region in body.ExceptionRegions)
        {
            Add(reader, provider, targets, region.CatchType);
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = unchecked((short)(0xFE00 | il.ReadByte()));
            }

            if (!Operands.TryGetValue(code, out var operand))
            {
                throw new InvalidOperationException($"Unknown opcode 0x{code:X} at IL offset {il.Offset - 1}.");
            }

            switch (operand)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targetCount = il.ReadInt32();
                    il.Offset += 4 * targetCount;
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType or OperandType.InlineSig:
                    var token = il.ReadInt32();
                    var handle = MetadataTokens.EntityHandle(token);
                    if (handle.Kind == HandleKind.StandaloneSignature)
                    {
                        reader.GetStandaloneSignature((StandaloneSignatureHandle)handle).DecodeMethodSignature(provider, null);
                    }
                    else
                    {
                        Add(reader, provider, targets, handle);
                    }

                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }
    }

    /// <summary>Adds a type, member or signature handle as the types it names.</summary>
    private static void Add(MetadataReader reader, Collector provider, HashSet<EntityHandle> targets, EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return;
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition or HandleKind.TypeReference:
                targets.Add(handle);
                break;
            case HandleKind.TypeSpecification:
                reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null);
                break;
            case HandleKind.FieldDefinition:
                targets.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MethodDefinition:
                var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                targets.Add(method.GetDeclaringType());
                method.DecodeSignature(provider, null);
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                Add(reader, provider, targets, member.Parent);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(provider, null);
                }
                else
                {
                    member.DecodeFieldSignature(provider, null);
                }

                break;
            case HandleKind.MethodSpecification:
                var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                Add(reader, provider, targets, spec.Method);
                spec.DecodeSignature(provider, null);
                break;
        }
    }

    private static void AddGenericParameters(MetadataReader reader, Collector provider, HashSet<EntityHandle> targets, GenericParameterHandleCollection parameters)
    {
        foreach (var p in parameters)
        {
            foreach (var c in reader.GetGenericParameter(p).GetConstraints())
            {
                Add(reader, provider, targets, reader.GetGenericParameterConstraint(c).Type);
            }
        }
    }

    private static void AddAttributes(MetadataReader reader, Collector provider, HashSet<EntityHandle> targets, CustomAttributeHandleCollection attributes)
    {
        foreach (var a in attributes)
        {
            Add(reader, provider, targets, reader.GetCustomAttribute(a).Constructor);
        }
    }

    private static string TopLevelName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = reader.GetTypeDefinition(outer);
        }

        var ns = reader.GetString(type.Namespace);
        var name = reader.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    private static (string Name, string Assembly)? Resolve(MetadataReader reader, EntityHandle handle, string own)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return (TopLevelName(reader, (TypeDefinitionHandle)handle), own);
            case HandleKind.TypeReference:
                var type = reader.GetTypeReference((TypeReferenceHandle)handle);
                while (type.ResolutionScope.Kind == HandleKind.TypeReference)
                {
                    type = reader.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
                }

                var ns = reader.GetString(type.Namespace);
                var name = reader.GetString(type.Name);
                var assembly = type.ResolutionScope.Kind == HandleKind.AssemblyReference
                    ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name)
                    : own;
                return (ns.Length == 0 ? name : ns + "." + name, assembly);
            default:
                return null;
        }
    }

    /// <summary>Decodes signatures only to collect the type handles in them.</summary>
    private sealed class Collector(HashSet<EntityHandle> targets) : ISignatureTypeProvider<object?, object?>
    {
        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            targets.Add(handle);
            return null;
        }

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            targets.Add(handle);
            return null;
        }

        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public object? GetArrayType(object? elementType, ArrayShape shape) => null;

        public object? GetByReferenceType(object? elementType) => null;

        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;

        public object? GetGenericInstantiation(object? genericType, ImmutableArray<object?> typeArguments) => null;

        public object? GetGenericMethodParameter(object? genericContext, int index) => null;

        public object? GetGenericTypeParameter(object? genericContext, int index) => null;

        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;

        public object? GetPinnedType(object? elementType) => null;

        public object? GetPointerType(object? elementType) => null;

        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;

        public object? GetSZArrayType(object? elementType) => null;
    }
}
