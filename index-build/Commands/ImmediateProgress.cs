namespace GoodPractices.IndexBuild.Commands;

/// <summary>Reports on the calling thread, in order; <see cref="Progress{T}"/> posts to the thread pool and can print after the command ends.</summary>
public sealed class ImmediateProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
