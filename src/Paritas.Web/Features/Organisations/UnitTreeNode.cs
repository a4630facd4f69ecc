namespace Paritas.Web.Features.Organisations;

/// <summary>One unit in the tree with the units under it.</summary>
public sealed record UnitTreeNode<T>(T Item, IReadOnlyList<UnitTreeNode<T>> Children);
