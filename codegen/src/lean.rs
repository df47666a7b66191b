//! Two rewrites of progenitor's output, so that the generated client does
//! per request only what the contract asks:
//!
//! - progenitor sends an `api-version` header (the spec's `info.version`)
//!   on every request, a convention of Oxide's servers. iHela's contract
//!   has no such header: it is removed, and so is the header map that held
//!   it when nothing else goes in it (otherwise it is made one smaller).
//! - progenitor's `ResponseValue::from_response` copies the answer's whole
//!   header map before reading the body. The generated code calls
//!   `crate::body::from_response` instead, which takes the headers out of
//!   the answer.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::visit_mut::{self, VisitMut};
use syn::{Block, Expr, ExprCall, ExprMethodCall, ExprPath, Lit, Stmt, parse_quote};

/// The header progenitor adds to every request.
const API_VERSION: &str = "\"api-version\"";
/// The variable the generated code puts a request's headers in.
const HEADER_MAP: &str = "header_map";

/// Applies both rewrites to the generated client.
pub(crate) fn rewrite(file: &mut syn::File) {
    Lean.visit_file_mut(file);
}

struct Lean;

impl VisitMut for Lean {
    fn visit_expr_path_mut(&mut self, path: &mut ExprPath) {
        if ends_with(&path.path, &["ResponseValue", "from_response"]) {
            *path = parse_quote!(crate::body::from_response);
        }
        visit_mut::visit_expr_path_mut(self, path);
    }

    fn visit_block_mut(&mut self, block: &mut Block) {
        let before = block.stmts.len();
        block.stmts.retain(|stmt| !mentions(stmt, API_VERSION));
        let removed = before - block.stmts.len();
        if removed > 0 {
            let appends = format!("{HEADER_MAP} . append");
            if block.stmts.iter().any(|stmt| mentions(stmt, &appends)) {
                let mut shrink = Shrink(removed);
                block.stmts.iter_mut().for_each(|stmt| shrink.visit_stmt_mut(stmt));
            } else {
                block
                    .stmts
                    .retain(|stmt| !mentions(stmt, &format!("let mut {HEADER_MAP}")));
                block.stmts.iter_mut().for_each(|stmt| NoHeaderMap.visit_stmt_mut(stmt));
            }
        }
        visit_mut::visit_block_mut(self, block);
    }
}

/// Drops `.headers(header_map)` from the request builders of one block.
struct NoHeaderMap;

impl VisitMut for NoHeaderMap {
    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if let Expr::MethodCall(ExprMethodCall {
            method, args, receiver, ..
        }) = expr
            && method == "headers"
            && args.len() == 1
            && args.to_token_stream().to_string() == HEADER_MAP
        {
            *expr = (**receiver).clone();
        }
        visit_mut::visit_expr_mut(self, expr);
    }
}

/// Takes `.0` off the capacity of the header maps made in one block.
struct Shrink(usize);

impl VisitMut for Shrink {
    fn visit_expr_call_mut(&mut self, call: &mut ExprCall) {
        let Expr::Path(function) = call.func.as_ref() else {
            return visit_mut::visit_expr_call_mut(self, call);
        };
        if ends_with(&function.path, &["HeaderMap", "with_capacity"])
            && let Some(Expr::Lit(literal)) = call.args.first_mut()
            && let Lit::Int(capacity) = &literal.lit
            && let Ok(capacity) = capacity.base10_parse::<usize>()
        {
            let left = capacity.saturating_sub(self.0);
            literal.lit = parse_quote!(#left);
        }
        visit_mut::visit_expr_call_mut(self, call);
    }
}

fn ends_with(path: &syn::Path, tail: &[&str]) -> bool {
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    segments.ends_with(&tail.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
}

fn mentions(stmt: &Stmt, text: &str) -> bool {
    let tokens: TokenStream = stmt.to_token_stream();
    tokens.to_string().contains(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_api_version_header_goes_and_answers_are_read_by_this_crate() {
        let mut file: syn::File = parse_quote! {
            async fn send() {
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(2usize);
                header_map.append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                );
                header_map.append("x-other", value);
                let result = ResponseValue::from_response(response).await;
            }
        };
        rewrite(&mut file);
        let code = file.to_token_stream().to_string();
        assert!(!code.contains("api-version"), "{code}");
        assert!(code.contains("with_capacity (1usize)"), "{code}");
        assert!(code.contains("x-other"), "{code}");
        assert!(code.contains("crate :: body :: from_response (response)"), "{code}");
        assert!(!code.contains("ResponseValue :: from_response"), "{code}");
    }

    #[test]
    fn a_header_map_left_empty_goes_too() {
        let mut file: syn::File = parse_quote! {
            async fn send() {
                let mut header_map = ::reqwest::header::HeaderMap::with_capacity(1usize);
                header_map.append(
                    ::reqwest::header::HeaderName::from_static("api-version"),
                    ::reqwest::header::HeaderValue::from_static(super::Client::api_version()),
                );
                let request = client.get(url).header(ACCEPT, json).headers(header_map).build()?;
            }
        };
        rewrite(&mut file);
        let code = file.to_token_stream().to_string();
        assert!(!code.contains("header_map"), "{code}");
        assert!(
            code.contains("client . get (url) . header (ACCEPT , json) . build () ?"),
            "{code}"
        );
    }
}
