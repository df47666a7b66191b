// A generation-1 cash-in given the later generation's PIN: each form has
// its own fields, so an account cannot be named both ways.
fn main() {
    let pin: ihela::Pin = "1234".parse().unwrap();
    let _ = ihela::CashIn::new("MF1-0001", "000001-01", 20000, "refund-1", "Refund").pin(pin);
}
