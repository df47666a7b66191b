//! Work a sandbox does after it answered: a request a `delay` fault holds,
//! a result or callback POSTed later. [`Background::settled`] returns once
//! all of it is done, so that a test counts what the sandbox did without
//! sleeping.

use std::future::Future;

use tokio::sync::watch;
use tokio::task::JoinHandle;

/// The sandbox's work in flight.
#[derive(Debug)]
pub struct Background {
    in_flight: watch::Sender<usize>,
}

impl Default for Background {
    fn default() -> Self {
        Self {
            in_flight: watch::Sender::new(0),
        }
    }
}

impl Background {
    /// Runs `work` on its own task, counted until it ends.
    pub fn spawn<T: Send + 'static>(&self, work: impl Future<Output = T> + Send + 'static) -> JoinHandle<T> {
        self.in_flight.send_modify(|count| *count += 1);
        let done = Done(self.in_flight.clone());
        tokio::spawn(async move {
            let output = work.await;
            drop(done);
            output
        })
    }

    /// Returns once no work is in flight.
    pub async fn settled(&self) {
        let mut in_flight = self.in_flight.subscribe();
        // The sender lives as long as `self`: this cannot fail.
        let _ = in_flight.wait_for(|count| *count == 0).await;
    }
}

/// Counts a task as done when dropped (also when it panics).
struct Done(watch::Sender<usize>);

impl Drop for Done {
    fn drop(&mut self) {
        self.0.send_modify(|count| *count -= 1);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    use super::*;

    #[tokio::test(start_paused = true)]
    async fn settled_waits_for_the_work_in_flight() {
        let background = Background::default();
        let done = Arc::new(AtomicBool::new(false));
        let flag = done.clone();
        background.spawn(async move {
            tokio::time::sleep(std::time::Duration::from_secs(5)).await;
            flag.store(true, Ordering::SeqCst);
        });
        background.settled().await;
        assert!(done.load(Ordering::SeqCst));
    }
}
