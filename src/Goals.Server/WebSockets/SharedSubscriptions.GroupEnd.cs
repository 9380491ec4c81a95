namespace Goals.Server.WebSockets;

public sealed partial class SharedSubscriptions
{
    /// <summary>How a shared execution ends: its stream ends or fails, or its last member leaves.</summary>
    internal sealed partial class Group
    {
        public void OnError(Exception error) => End(error);

        public void OnCompleted() => End(null);

        private void End(Exception? error)
        {
            lock (registry._gate)
            {
                Forget();
            }

            // Each member's end disposes its membership, which leaves the group.
            foreach (var member in Members())
            {
                if (error is null)
                {
                    member.Complete();
                }
                else
                {
                    member.Fail(error);
                }
            }

            Stop();
        }

        // Under the registry's lock: from now on the key belongs to the next execution, if any.
        private void Forget()
        {
            if (registry._groups.TryGetValue(key, out var current) && ReferenceEquals(current, this))
            {
                registry._groups.Remove(key);
            }
        }

        private void Stop()
        {
            IDisposable? stream;
            lock (_streamGate)
            {
                if (_stopped)
                {
                    return;
                }

                _stopped = true;
                stream = _stream;
                _stream = null;
            }

            try
            {
                stream?.Dispose();
                lifetime.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The stream failed to start and its creator has already let go of the lifetime.
            }
            finally
            {
                _finished.TrySetResult();
            }
        }
    }
}
