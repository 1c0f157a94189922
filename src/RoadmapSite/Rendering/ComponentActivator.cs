using Microsoft.AspNetCore.Components;

namespace RoadmapSite.Rendering;

/// <summary>
/// Makes the theme's components with their parameterless constructors. Razor's default activator
/// compiles a factory for each component type, with expression trees: for the 33 types of a build
/// of the real handbook that was a few dozen milliseconds, in every build.
/// </summary>
public sealed class ComponentActivator : IComponentActivator
{
    public IComponent CreateInstance(Type componentType) =>
        Activator.CreateInstance(componentType) as IComponent
            ?? throw new ArgumentException($"{componentType.FullName} is not a component", nameof(componentType));
}
