using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Prongsai.Tests.Architecture;

/// <summary>A Thai string literal that reaches a sink without going through the translation call: where it is, and its text.</summary>
public sealed record ThaiLeak(string Method, string Text);

/// <summary>The calls that end a Thai text's way: where it is shown to people, and the call that gives it its English.</summary>
public sealed record ThaiTextRules(
    Func<string, string, bool> IsSink,
    Func<string, string, bool> IsTranslation,
    Func<string, bool> Analysed);

/// <summary>
/// Follows every Thai string literal (a <c>ldstr</c> with a character in U+0E00–U+0E7F) through the compiled code and
/// lists those that reach a sink (a property setter such as <c>Flash</c>, or TempData's indexer) without passing
/// through the translation call (<c>Lang.T</c>), whose result counts as translated whatever went in.
/// <para>
/// Within a method the IL is interpreted block by block over a stack of values, each carrying where its text may come
/// from: a Thai literal, a parameter, a field, another method's return value. Text built from pieces (concatenation,
/// interpolation, <c>string.Create</c>, <c>string.Format</c>) keeps its pieces' origins; anything else an outside
/// method returns is new text (a use case's message, a number). Between methods of the assembly the origins become a
/// graph: an argument flows into the callee's parameter, a stored field into every load of it (which is how an async
/// method's parameter reaches its state machine and a lambda's captured variable reaches the lambda), a returned value
/// into every call of the method — of every override of the same name and signature, for a virtual call. A literal is
/// a leak when the graph leads it to a sink.
/// </para>
/// </summary>
public static class ThaiTextFlow
{
    private const string Sink = "sink";

    public static IReadOnlyList<ThaiLeak> Leaks(string assemblyPath, ThaiTextRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var graph = new Graph(md, new IlCalls.TypeNames(md), rules);
        // Every override must be known before any call is followed, so the methods are read twice.
        foreach (var (typeName, handle, method) in AnalysedMethods(md, graph.Names, rules))
        {
            if ((method.Attributes & System.Reflection.MethodAttributes.Virtual) != 0)
            {
                var signature = method.DecodeSignature(graph.Names, null);
                graph.Virtuals.Add(MethodKey(typeName, md.GetString(method.Name), signature.ParameterTypes));
            }
        }

        foreach (var (typeName, handle, method) in AnalysedMethods(md, graph.Names, rules))
        {
            if (method.RelativeVirtualAddress != 0)
            {
                new MethodFlow(graph, handle, typeName, pe.GetMethodBody(method.RelativeVirtualAddress)).Run();
            }
        }

        return graph.Leaks();
    }

    /// <summary>Where values go between methods: from an origin (a literal, a parameter, a field, a return) to others.</summary>
    private sealed class Graph(MetadataReader md, IlCalls.TypeNames names, ThaiTextRules rules)
    {
        private readonly Dictionary<string, HashSet<string>> edges = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ThaiLeak> literals = new(StringComparer.Ordinal);
        private readonly HashSet<string> ownTypes = md.TypeDefinitions.Select(t => names.GetTypeFromDefinition(md, t, 0)).ToHashSet(StringComparer.Ordinal);

        /// <summary>The virtual methods of the assembly (overridable, or overriding), by key.</summary>
        public HashSet<string> Virtuals { get; } = new(StringComparer.Ordinal);

        public MetadataReader Md => md;
        public IlCalls.TypeNames Names => names;
        public ThaiTextRules Rules => rules;

        public bool IsOwn(string type) => ownTypes.Contains(type);

        public string Literal(string method, int offset, string text)
        {
            var key = $"thai:{method}@{offset}";
            literals[key] = new ThaiLeak(method, text);
            return key;
        }

        public void Flow(IEnumerable<string> from, string to)
        {
            foreach (var origin in from)
            {
                if (!edges.TryGetValue(origin, out var targets))
                {
                    edges[origin] = targets = new HashSet<string>(StringComparer.Ordinal);
                }

                targets.Add(to);
            }
        }

        public void ToSink(IEnumerable<string> from) => Flow(from, Sink);

        public IReadOnlyList<ThaiLeak> Leaks() => literals
            .Where(l => Reaches(l.Key, Sink))
            .Select(l => l.Value)
            .Distinct()
            .OrderBy(l => l.Method, StringComparer.Ordinal)
            .ToList();

        private bool Reaches(string from, string to)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { from };
            var queue = new Queue<string>([from]);
            while (queue.TryDequeue(out var node))
            {
                if (node == to)
                {
                    return true;
                }

                foreach (var next in edges.GetValueOrDefault(node) ?? [])
                {
                    if (seen.Add(next))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            return false;
        }
    }

    /// <summary>A value on the stack: where its text may come from; a local's address; TempData itself.</summary>
    private sealed class Value(HashSet<string>? origins = null)
    {
        public HashSet<string> Origins { get; } = origins ?? new(StringComparer.Ordinal);
        public int? LocalAddress { get; init; }
        public bool IsTempData { get; init; }

        public static Value Of(string origin) => new(new HashSet<string>(StringComparer.Ordinal) { origin });
    }

    private sealed record State(List<Value> Stack, Dictionary<int, HashSet<string>> Locals)
    {
        public State Copy() => new(
            Stack.Select(v => new Value(new HashSet<string>(v.Origins, StringComparer.Ordinal)) { LocalAddress = v.LocalAddress, IsTempData = v.IsTempData }).ToList(),
            Locals.ToDictionary(l => l.Key, l => new HashSet<string>(l.Value, StringComparer.Ordinal)));

        /// <summary>Adds what <paramref name="other"/> may hold; true when anything was new.</summary>
        public bool Merge(State other)
        {
            var changed = false;
            for (var i = 0; i < Math.Min(Stack.Count, other.Stack.Count); i++)
            {
                changed |= Stack[i].Origins.GainsAny(other.Stack[i].Origins);
            }

            foreach (var (local, origins) in other.Locals)
            {
                if (!Locals.TryGetValue(local, out var mine))
                {
                    Locals[local] = mine = new HashSet<string>(StringComparer.Ordinal);
                }

                changed |= mine.GainsAny(origins);
            }

            return changed;
        }
    }

    private sealed record Instruction(int Offset, OpCode Code, int Operand, int[] Targets, int Next);

    private sealed record Target(string Type, string Member, string Key, int Parameters, bool HasThis, bool ReturnsString, bool ReturnsVoid);

    /// <summary>One method's IL, interpreted block by block until what each block may see no longer grows.</summary>
    private sealed class MethodFlow
    {
        private readonly Graph graph;
        private readonly MethodBodyBlock body;
        private readonly string key;
        private readonly string display;
        private readonly bool returnsVoid;
        private readonly int parameters;
        private readonly List<Instruction> code;
        private readonly Dictionary<int, int> indexOf;

        public MethodFlow(Graph graph, MethodDefinitionHandle handle, string typeName, MethodBodyBlock body)
        {
            this.graph = graph;
            this.body = body;
            var method = graph.Md.GetMethodDefinition(handle);
            var signature = method.DecodeSignature(graph.Names, null);
            var name = graph.Md.GetString(method.Name);
            key = MethodKey(typeName, name, signature.ParameterTypes);
            display = typeName + "." + name;
            returnsVoid = signature.ReturnType == "Void";
            parameters = signature.ParameterTypes.Length;
            code = Decode(body.GetILBytes()!);
            indexOf = code.Select((instruction, index) => (instruction.Offset, index)).ToDictionary(p => p.Offset, p => p.index);
        }

        public void Run()
        {
            if (graph.Virtuals.Contains(key))
            {
                // A virtual call reaches this method too: what it is given, and what it returns.
                graph.Flow(["ret:" + key], "vret:" + Virtual(key, parameters));
                for (var i = 0; i <= parameters; i++)
                {
                    graph.Flow([$"vparam:{Virtual(key, parameters)}#{i}"], $"param:{key}#{i}");
                }
            }

            var states = new Dictionary<int, State>();
            var work = new Stack<int>();
            void Reach(int offset, State state)
            {
                if (!indexOf.ContainsKey(offset))
                {
                    return;
                }

                if (!states.TryGetValue(offset, out var known))
                {
                    states[offset] = state.Copy();
                    work.Push(offset);
                }
                else if (known.Merge(state))
                {
                    work.Push(offset);
                }
            }

            Reach(0, new State([], []));
            foreach (var region in body.ExceptionRegions)
            {
                var caught = region.Kind is ExceptionRegionKind.Catch or ExceptionRegionKind.Filter;
                Reach(region.HandlerOffset, new State(caught ? [new Value()] : [], []));
                if (region.Kind == ExceptionRegionKind.Filter)
                {
                    Reach(region.FilterOffset, new State([new Value()], []));
                }
            }

            var leaders = Leaders();
            while (work.TryPop(out var start))
            {
                var state = states[start].Copy();
                for (var i = indexOf[start]; i < code.Count; i++)
                {
                    var instruction = code[i];
                    if (i != indexOf[start] && leaders.Contains(instruction.Offset))
                    {
                        Reach(instruction.Offset, state);
                        break;
                    }

                    if (!Step(instruction, state))
                    {
                        return; // an instruction this reader does not follow (calli): the method is left out
                    }

                    foreach (var target in instruction.Targets)
                    {
                        Reach(target, instruction.Code.FlowControl == FlowControl.Branch && instruction.Code.Name!.StartsWith("leave", StringComparison.Ordinal)
                            ? new State([], state.Locals)
                            : state);
                    }

                    if (instruction.Code.FlowControl is FlowControl.Branch or FlowControl.Return or FlowControl.Throw
                        || instruction.Code == OpCodes.Endfinally)
                    {
                        break;
                    }
                }
            }
        }

        private HashSet<int> Leaders()
        {
            var leaders = new HashSet<int> { 0 };
            foreach (var instruction in code)
            {
                leaders.UnionWith(instruction.Targets);
                if (instruction.Targets.Length > 0 || instruction.Code.FlowControl is FlowControl.Return or FlowControl.Throw)
                {
                    leaders.Add(instruction.Next);
                }
            }

            foreach (var region in body.ExceptionRegions)
            {
                leaders.Add(region.TryOffset);
                leaders.Add(region.HandlerOffset);
                leaders.Add(region.HandlerOffset + region.HandlerLength);
                if (region.Kind == ExceptionRegionKind.Filter)
                {
                    leaders.Add(region.FilterOffset);
                }
            }

            return leaders;
        }

        /// <summary>Applies one instruction to the state; false for one that cannot be followed.</summary>
        private bool Step(Instruction instruction, State state)
        {
            var stack = state.Stack;
            var op = instruction.Code;
            var name = op.Name!;
            Value Pop()
            {
                if (stack.Count == 0)
                {
                    return new Value();
                }

                var top = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                return top;
            }

            HashSet<string> Local(int index) =>
                state.Locals.TryGetValue(index, out var origins) ? origins : state.Locals[index] = new HashSet<string>(StringComparer.Ordinal);

            if (op == OpCodes.Ldstr)
            {
                var text = graph.Md.GetUserString(MetadataTokens.UserStringHandle(instruction.Operand));
                stack.Add(text.Any(c => c is >= '\u0E00' and <= '\u0E7F') ? Value.Of(graph.Literal(display, instruction.Offset, text)) : new Value());
                return true;
            }

            if (name.StartsWith("ldarg", StringComparison.Ordinal))
            {
                stack.Add(Value.Of($"param:{key}#{Index(instruction)}"));
                return true;
            }

            if (name.StartsWith("ldloca", StringComparison.Ordinal))
            {
                var local = Index(instruction);
                stack.Add(new Value(new HashSet<string>(Local(local), StringComparer.Ordinal)) { LocalAddress = local });
                return true;
            }

            if (name.StartsWith("ldloc", StringComparison.Ordinal))
            {
                stack.Add(new Value(new HashSet<string>(Local(Index(instruction)), StringComparer.Ordinal)));
                return true;
            }

            if (name.StartsWith("stloc", StringComparison.Ordinal))
            {
                state.Locals[Index(instruction)] = new HashSet<string>(Pop().Origins, StringComparer.Ordinal);
                return true;
            }

            if (op == OpCodes.Ldfld || op == OpCodes.Ldflda || op == OpCodes.Ldsfld || op == OpCodes.Ldsflda)
            {
                if (op == OpCodes.Ldfld || op == OpCodes.Ldflda)
                {
                    Pop();
                }

                stack.Add(Value.Of("field:" + FieldKey(instruction.Operand)));
                return true;
            }

            if (op == OpCodes.Stfld || op == OpCodes.Stsfld)
            {
                graph.Flow(Pop().Origins, "field:" + FieldKey(instruction.Operand));
                if (op == OpCodes.Stfld)
                {
                    Pop();
                }

                return true;
            }

            if (op == OpCodes.Dup)
            {
                stack.Add(stack.Count > 0 ? stack[^1] : new Value());
                return true;
            }

            if (name.StartsWith("stelem", StringComparison.Ordinal))
            {
                var value = Pop();
                Pop();
                Pop().Origins.UnionWith(value.Origins);
                return true;
            }

            if (name.StartsWith("ldelem", StringComparison.Ordinal) && op != OpCodes.Ldelema)
            {
                Pop();
                stack.Add(new Value(new HashSet<string>(Pop().Origins, StringComparer.Ordinal)));
                return true;
            }

            if (op == OpCodes.Castclass || op == OpCodes.Isinst || op == OpCodes.Box || op == OpCodes.Unbox_Any)
            {
                stack.Add(new Value(new HashSet<string>(Pop().Origins, StringComparer.Ordinal)));
                return true;
            }

            if (op == OpCodes.Ret)
            {
                if (!returnsVoid)
                {
                    graph.Flow(Pop().Origins, "ret:" + key);
                }

                return true;
            }

            if (op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Newobj)
            {
                Call(instruction, state, Pop);
                return true;
            }

            if (op == OpCodes.Calli)
            {
                return false;
            }

            for (var i = Count(op.StackBehaviourPop.ToString()); i > 0; i--)
            {
                Pop();
            }

            for (var i = Count(op.StackBehaviourPush.ToString()); i > 0; i--)
            {
                stack.Add(new Value());
            }

            return true;
        }

        private void Call(Instruction instruction, State state, Func<Value> pop)
        {
            var target = Resolve(MetadataTokens.EntityHandle(instruction.Operand));
            var isNew = instruction.Code == OpCodes.Newobj;
            var count = target.Parameters + (target.HasThis && !isNew ? 1 : 0);
            var args = new Value[count];
            for (var i = count - 1; i >= 0; i--)
            {
                args[i] = pop();
            }

            var first = target.HasThis && !isNew ? 1 : 0; // the index of the first argument that is not "this"
            Value? result = null;
            if (graph.Rules.IsTranslation(target.Type, target.Member))
            {
                result = new Value();
            }
            else if (graph.Rules.IsSink(target.Type, target.Member)
                || (target.Member == "set_Item" && args.Length > 0 && args[0].IsTempData))
            {
                foreach (var arg in args.Skip(first))
                {
                    graph.ToSink(arg.Origins);
                }
            }
            else if (target.Type == "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler" && args.Length > 0 && args[0].LocalAddress is { } handler)
            {
                var origins = state.Locals.TryGetValue(handler, out var held) ? held : state.Locals[handler] = new HashSet<string>(StringComparer.Ordinal);
                if (target.Member == ".ctor")
                {
                    origins.Clear();
                }
                else if (target.Member.StartsWith("Append", StringComparison.Ordinal))
                {
                    origins.UnionWith(args.Skip(1).SelectMany(a => a.Origins));
                }
                else if (target.ReturnsString)
                {
                    result = new Value(new HashSet<string>(origins, StringComparer.Ordinal));
                }
            }
            else if (target.Type == "System.String" && target.ReturnsString)
            {
                // Text built from pieces: concatenation, string.Create with an interpolation, Format, Join, Trim…
                result = new Value(args.SelectMany(a => a.LocalAddress is { } local && state.Locals.TryGetValue(local, out var held) ? held.Concat(a.Origins) : a.Origins)
                    .ToHashSet(StringComparer.Ordinal));
            }
            else if (graph.IsOwn(target.Type))
            {
                var virtualCall = instruction.Code == OpCodes.Callvirt && graph.Virtuals.Contains(target.Key);
                var shift = isNew ? 1 : 0; // a constructor's "this" is argument 0, not on the stack
                for (var i = 0; i < args.Length; i++)
                {
                    graph.Flow(args[i].Origins, $"param:{target.Key}#{i + shift}");
                    if (virtualCall)
                    {
                        graph.Flow(args[i].Origins, $"vparam:{Virtual(target.Key, target.Parameters)}#{i + shift}");
                    }
                }

                if (!isNew && !target.ReturnsVoid)
                {
                    result = Value.Of("ret:" + target.Key);
                    if (virtualCall)
                    {
                        result.Origins.Add("vret:" + Virtual(target.Key, target.Parameters));
                    }
                }
            }

            if (isNew || !target.ReturnsVoid)
            {
                state.Stack.Add(result ?? new Value { IsTempData = target.Member == "get_TempData" });
            }
        }

        /// <summary>
        /// What a virtual call may reach: every virtual method of the assembly with the same name and number of parameters
        /// (an override of a generic base names its type argument where the base has a type parameter).
        /// </summary>
        private static string Virtual(string methodKey, int parameters)
        {
            var start = methodKey.IndexOf("::", StringComparison.Ordinal) + 2;
            return methodKey[start..methodKey.IndexOf('(', start)] + "/" + parameters;
        }

        private Target Resolve(EntityHandle handle)
        {
            var md = graph.Md;
            switch (handle.Kind)
            {
                case HandleKind.MethodSpecification:
                    return Resolve(md.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
                case HandleKind.MethodDefinition:
                {
                    var method = md.GetMethodDefinition((MethodDefinitionHandle)handle);
                    var type = graph.Names.GetTypeFromDefinition(md, method.GetDeclaringType(), 0);
                    return Describe(type, md.GetString(method.Name), method.DecodeSignature(graph.Names, null));
                }

                default:
                {
                    var member = md.GetMemberReference((MemberReferenceHandle)handle);
                    return Describe(graph.Names.Of(member.Parent), md.GetString(member.Name), member.DecodeMethodSignature(graph.Names, null));
                }
            }
        }

        private static Target Describe(string type, string member, MethodSignature<string> signature) => new(
            type, member, MethodKey(type, member, signature.ParameterTypes), signature.ParameterTypes.Length,
            signature.Header.IsInstance, signature.ReturnType == "String", signature.ReturnType == "Void");

        private string FieldKey(int token)
        {
            var md = graph.Md;
            var handle = MetadataTokens.EntityHandle(token);
            if (handle.Kind == HandleKind.FieldDefinition)
            {
                var field = md.GetFieldDefinition((FieldDefinitionHandle)handle);
                return graph.Names.GetTypeFromDefinition(md, field.GetDeclaringType(), 0) + "::" + md.GetString(field.Name);
            }

            var member = md.GetMemberReference((MemberReferenceHandle)handle);
            return graph.Names.Of(member.Parent) + "::" + md.GetString(member.Name);
        }

        private static int Index(Instruction instruction) =>
            instruction.Code.OperandType == OperandType.InlineNone ? instruction.Code.Name![^1] - '0' : instruction.Operand;

        private static int Count(string behaviour) => behaviour switch
        {
            "Pop0" or "Push0" or "Varpop" or "Varpush" => 0,
            _ => behaviour.Split('_').Length,
        };

        private static List<Instruction> Decode(byte[] il)
        {
            var list = new List<Instruction>();
            var i = 0;
            while (i < il.Length)
            {
                var start = i;
                short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
                i += il[i] == 0xFE ? 2 : 1;
                var op = IlCalls.OpCodesByValue[value];
                var size = IlCalls.OperandSize(op.OperandType, il, i);
                var operand = op.OperandType switch
                {
                    OperandType.ShortInlineBrTarget or OperandType.ShortInlineI => (sbyte)il[i],
                    OperandType.ShortInlineVar => il[i],
                    OperandType.InlineVar => BitConverter.ToUInt16(il, i),
                    OperandType.InlineNone or OperandType.InlineI8 or OperandType.InlineR or OperandType.InlineSwitch => 0,
                    _ => BitConverter.ToInt32(il, i),
                };
                var next = i + size;
                int[] targets = op.OperandType switch
                {
                    OperandType.ShortInlineBrTarget or OperandType.InlineBrTarget => [next + operand],
                    OperandType.InlineSwitch => Enumerable.Range(0, BitConverter.ToInt32(il, i))
                        .Select(n => next + BitConverter.ToInt32(il, i + 4 + (4 * n))).ToArray(),
                    _ => [],
                };
                list.Add(new Instruction(start, op, operand, targets, next));
                i = next;
            }

            return list;
        }
    }

    /// <summary>The methods of every type the rules ask to analyse, with the type's name.</summary>
    private static IEnumerable<(string TypeName, MethodDefinitionHandle Handle, MethodDefinition Method)> AnalysedMethods(
        MetadataReader md, IlCalls.TypeNames names, ThaiTextRules rules)
    {
        foreach (var typeHandle in md.TypeDefinitions)
        {
            var typeName = names.GetTypeFromDefinition(md, typeHandle, 0);
            if (rules.Analysed(typeName))
            {
                foreach (var methodHandle in md.GetTypeDefinition(typeHandle).GetMethods())
                {
                    yield return (typeName, methodHandle, md.GetMethodDefinition(methodHandle));
                }
            }
        }
    }

    private static string MethodKey(string type, string name, IEnumerable<string> parameters) =>
        $"{type}::{name}({string.Join(",", parameters)})";

    /// <summary>Adds <paramref name="more"/> and says whether the set grew (the interpreter runs until nothing does).</summary>
    private static bool GainsAny(this HashSet<string> set, IEnumerable<string> more)
    {
        var before = set.Count;
        set.UnionWith(more);
        return set.Count != before;
    }
}
