using System.ComponentModel.DataAnnotations;
using System.Net;
using SoKetBot.Bot.Observability;

namespace SoKetBot.Tests.Bot.Observability;

/// <summary>Who may read /metrics: loopback by default, else the addresses and networks configured.</summary>
public sealed class ObservabilityOptionsTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.2", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("2001:db8::1", false)]
    public void MetricsAllowFrom_Default_IsLoopbackOnly(string address, bool allowed)
    {
        var networks = new ObservabilityOptions().MetricsNetworks();

        Assert.Equal(allowed, MetricsAccess.IsAllowed(IPAddress.Parse(address), networks));
    }

    [Theory]
    [InlineData("10.0.0.5", true)]
    [InlineData("10.0.0.6", false)]
    [InlineData("192.168.7.200", true)]
    [InlineData("::ffff:192.168.7.1", true)]
    [InlineData("192.168.8.1", false)]
    [InlineData("127.0.0.1", false)]
    public void MetricsAllowFrom_AddressesAndNetworks_AllowThoseOnly(string address, bool allowed)
    {
        var networks = new ObservabilityOptions { MetricsAllowFrom = ["10.0.0.5", "192.168.7.0/24"] }.MetricsNetworks();

        Assert.Equal(allowed, MetricsAccess.IsAllowed(IPAddress.Parse(address), networks));
    }

    [Fact]
    public void MetricsAllowFrom_NoAddress_IsRefused()
    {
        Assert.False(MetricsAccess.IsAllowed(null, new ObservabilityOptions().MetricsNetworks()));
    }

    [Theory]
    [InlineData("prometheus.local")]
    [InlineData("10.0.0.0/33")]
    public void MetricsAllowFrom_NotAnAddressOrNetwork_FailsValidation(string entry)
    {
        var options = new ObservabilityOptions { MetricsAllowFrom = [entry] };

        var errors = options.Validate(new ValidationContext(options)).ToList();

        Assert.Contains(entry, Assert.Single(errors).ErrorMessage, StringComparison.Ordinal);
    }
}
