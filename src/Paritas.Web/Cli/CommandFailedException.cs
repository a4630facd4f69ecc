namespace Paritas.Web.Cli;

/// <summary>A verb could not do what was asked; the message says why, for the person at the shell.</summary>
public sealed class CommandFailedException(string message) : Exception(message);
