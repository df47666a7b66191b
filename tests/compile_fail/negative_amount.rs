// An amount below zero.
fn main() {
    let _ = ihela::InitBill::new(-2000, "clientmail@gmail.com", "Order 1042", "order-1042");
}
