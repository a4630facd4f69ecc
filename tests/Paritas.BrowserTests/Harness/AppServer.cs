using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace Paritas.BrowserTests.Harness;

/// <summary>
/// The real application, built by the solution build, running as its own process on 127.0.0.1
/// with a throw-away SQLite database and mail pickup directory.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    // A failure message shows how start-up began and how it ended, not minutes of polling in between.
    private const int HeadLines = 80;
    private const int TailLines = 150;

    private readonly Process process;
    private readonly List<string> head = [];
    private readonly Queue<string> tail = new();
    private long skippedLines;
    private StreamWriter? log;

    private readonly string certificateThumbprint;

    private AppServer(Process process, Uri baseAddress, string dataDirectory, string certificateThumbprint)
    {
        this.process = process;
        this.certificateThumbprint = certificateThumbprint;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        log = OpenLog(baseAddress);
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    /// <summary>The first and the last lines the application wrote to stdout and stderr.</summary>
    public string Output
    {
        get
        {
            lock (head)
            {
                var gap = skippedLines > 0 ? [$"[... {skippedLines} lines left out ...]"] : Array.Empty<string>();
                return string.Join('\n', head.Concat(gap).Concat(tail));
            }
        }
    }

    public static async Task<AppServer> StartAsync(CancellationToken cancellationToken)
    {
        var entryAssembly = LocateEntryAssembly();
        // A port picked by the kernel can be taken again before the app binds it;
        // that race is rare, so one retry on a fresh port is enough.
        for (var attempt = 1; ; attempt++)
        {
            var server = Launch(entryAssembly, FreeLoopbackPort());
            try
            {
                await server.WaitUntilReadyAsync(cancellationToken);
                return server;
            }
            catch (AppStartException) when (attempt < 3 && server.PortWasTaken())
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>
    /// Finds src/Paritas.Web's own build output for the configuration and target framework
    /// this test assembly was built with, e.g. src/Paritas.Web/bin/Release/net10.0/paritas.dll.
    /// PARITAS_WEB_DLL overrides it.
    /// </summary>
    public static string LocateEntryAssembly()
    {
        var overridden = Environment.GetEnvironmentVariable("PARITAS_WEB_DLL");
        if (!string.IsNullOrEmpty(overridden))
        {
            return File.Exists(overridden)
                ? Path.GetFullPath(overridden)
                : throw new FileNotFoundException($"PARITAS_WEB_DLL points at {overridden}, which does not exist.");
        }

        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = typeof(AppServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration
            ?? testOutput.Parent?.Name
            ?? "Release";
        var targetFramework = testOutput.Name;

        var tried = new List<string>();
        for (var dir = testOutput; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Paritas.Web", "bin", configuration, targetFramework, "paritas.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }

            tried.Add(candidate);
            if (File.Exists(Path.Combine(dir.FullName, "Paritas.slnx")))
            {
                break;
            }
        }

        throw new FileNotFoundException(
            $"The web application's build output was not found (build the solution in {configuration} first). Looked for:\n  "
            + string.Join("\n  ", tried));
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static AppServer Launch(string entryAssembly, int port)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("paritas-browser-").FullName;
        Directory.CreateDirectory(Path.Combine(dataDirectory, "mail"));
        // HTTPS as in production: a challenge's redirect is absolute, and must come back over the scheme it left by.
        var baseAddress = new Uri($"https://127.0.0.1:{port}");
        var certificate = TestCertificate.WritePfx(dataDirectory);

        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(entryAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(entryAssembly);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));

        // The app must see only this harness's settings, not whatever the test runner inherited.
        startInfo.Environment.Remove("ASPNETCORE_URLS");
        startInfo.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        startInfo.Environment.Remove("ASPNETCORE_HTTPS_PORTS");
        startInfo.Environment.Remove("DOTNET_ENVIRONMENT");
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        startInfo.Environment["ConnectionStrings__Paritas"] = $"Data Source={Path.Combine(dataDirectory, "paritas.db")}";
        startInfo.Environment["Mail__PickupDirectory"] = Path.Combine(dataDirectory, "mail");
        startInfo.Environment["Kestrel__Certificates__Default__Path"] = certificate.Path;
        startInfo.Environment["Kestrel__Certificates__Default__Password"] = certificate.Password;
        // Every browser test signs in from 127.0.0.1, one after another: the per-address limit of
        // sign-in attempts guards against guessing, and would otherwise throttle the suite itself.
        startInfo.Environment["Accounts__SignInAttemptsPerMinute"] = "1000";

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var server = new AppServer(process, baseAddress, dataDirectory, certificate.Thumbprint);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        try
        {
            process.Start();
        }
        catch
        {
            server.log?.Dispose();
            process.Dispose();
            Directory.Delete(dataDirectory, recursive: true);
            throw;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private static string DotnetHost()
    {
        // Run the app on the same dotnet that runs the tests, so a machine with several SDKs can't mix them.
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (head)
        {
            log?.WriteLine(line);
            if (head.Count < HeadLines)
            {
                head.Add(line);
                return;
            }

            tail.Enqueue(line);
            if (tail.Count > TailLines)
            {
                tail.Dequeue();
                skippedLines++;
            }
        }
    }

    private bool PortWasTaken() =>
        Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase);

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            // Trust exactly the certificate this run made, nothing else.
            SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == certificateThumbprint },
        };
        using var client = new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        string lastAnswer = "no answer yet";
        while (clock.Elapsed < ReadyTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                // Let the output readers drain what the process wrote before it died.
                await process.WaitForExitAsync(cancellationToken);
                throw new AppStartException(
                    $"The application exited with code {process.ExitCode} before /health/ready answered 200.\n{Describe()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                lastAnswer = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                lastAnswer = e.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                lastAnswer = "request timed out";
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        throw new AppStartException(
            $"GET {BaseAddress}health/ready did not answer 200 within {ReadyTimeout.TotalSeconds:0} s (last: {lastAnswer}).\n{Describe()}");
    }

    private string Describe() =>
        $"Command: {process.StartInfo.FileName} {string.Join(' ', process.StartInfo.ArgumentList)}\n"
        + $"Working directory: {process.StartInfo.WorkingDirectory}\n"
        + $"--- application output ---\n{Output}\n--- end of application output ---";

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (InvalidOperationException)
        {
            // The process never started or is already gone.
        }
        catch (OperationCanceledException)
        {
            // Killed but not reaped within 30 s; the temp directory goes anyway.
        }
        finally
        {
            process.Dispose();
        }

        lock (head)
        {
            log?.Dispose();
            log = null;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    // test.sh sets PARITAS_BROWSER_APP_LOG so a failing browser test can be read next to the server's log.
    private static StreamWriter? OpenLog(Uri baseAddress)
    {
        var path = Environment.GetEnvironmentVariable("PARITAS_BROWSER_APP_LOG");
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var writer = new StreamWriter(path, append: true) { AutoFlush = true };
        writer.WriteLine($"=== paritas on {baseAddress} started {DateTimeOffset.UtcNow:O} ===");
        return writer;
    }
}
