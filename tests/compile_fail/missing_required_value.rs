// A bill without its merchant reference.
fn main() {
    let _ = ihela::InitBill::new(2000, "clientmail@gmail.com", "Order 1042");
}
