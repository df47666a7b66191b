// A setter whose result is dropped: the policy is not changed.
#![deny(unused_must_use)]

fn main() {
    let policy = ihela::RetryPolicy::default();
    policy.max_attempts(3);
}
