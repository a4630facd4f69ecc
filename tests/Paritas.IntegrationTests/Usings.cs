global using Paritas.IntegrationTests.Infrastructure;
