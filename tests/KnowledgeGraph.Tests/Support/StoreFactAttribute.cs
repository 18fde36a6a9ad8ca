using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// A contract test: it runs for every store class that derives the suite, and is reported as skipped,
/// with the reason, for a store class marked <see cref="RequiresEnvironmentAttribute"/> whose variable is unset.
/// </summary>
[XunitTestCaseDiscoverer("KnowledgeGraph.Tests.Support.StoreFactDiscoverer", "KnowledgeGraph.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>The store class needs a server named by this environment variable (NEO4J_URI).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;
    public string Reason { get; } = reason;
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var requirement = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        var variable = requirement?.GetNamedArgument<string>(nameof(RequiresEnvironmentAttribute.Variable))
            ?? requirement?.GetConstructorArguments().FirstOrDefault() as string;
        var reason = requirement?.GetConstructorArguments().Skip(1).FirstOrDefault() as string;
        return variable is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))
            ? new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason ?? $"{variable} is not set")
            : new XunitTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}
