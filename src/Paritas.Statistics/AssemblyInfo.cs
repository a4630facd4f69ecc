using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Paritas.UnitTests")]
