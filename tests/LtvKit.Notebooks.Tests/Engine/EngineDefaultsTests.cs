using LtvKit.Notebooks.Engine;

namespace LtvKit.Notebooks.Tests.Engine;

/// <summary>Pins every default: a change here is a change users see.</summary>
public sealed class EngineDefaultsTests
{
    [Fact]
    public void Defaults_ArePinned()
    {
        Assert.Equal(TimeSpan.FromMinutes(10), EngineDefaults.CellTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), EngineDefaults.CancellationGrace);
        Assert.Equal(20, EngineDefaults.MaxDisplayRows);
        Assert.Equal(["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Text", "System.Threading", "System.Threading.Tasks"], EngineDefaults.Imports);
    }

    [Fact]
    public void EngineOptions_StartFromTheDefaults()
    {
        var options = new EngineOptions();
        Assert.Empty(options.DefaultReferences);
        Assert.Same(EngineDefaults.Imports, options.DefaultImports);
        Assert.Null(options.WorkingDirectory);
        Assert.Equal(EngineDefaults.CellTimeout, options.CellTimeout);
        Assert.Equal(EngineDefaults.CancellationGrace, options.CancellationGrace);
        Assert.Equal(EngineDefaults.MaxDisplayRows, options.MaxDisplayRows);
        Assert.Null(options.PackagesFolder);
    }
}
