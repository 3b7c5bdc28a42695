namespace LtvKit.Notebooks.Engine;

/// <summary>One output of a cell, in the four kinds of nbformat 4 and the Jupyter messaging protocol.</summary>
/// <remarks>
/// The engine publishes outputs to an <see cref="IOutputSink"/> while the cell runs, in the order they
/// happen: a notebook runner stores them in the cell, a Jupyter kernel sends each one on IOPub.
/// </remarks>
public abstract record CellOutput;
