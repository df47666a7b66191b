//! The sandboxes' dashboards (`GET /_sandbox/`): one plain page of tables
//! (what the sandbox holds) with a button per test control that applies.
//! A few lines of plain JavaScript post a button's control and reload the
//! page, which also reloads itself every two seconds. Every value is
//! escaped here; a sandbox only says what goes in which cell.

use std::fmt::Write as _;

use html_escape::encode_double_quoted_attribute as attribute;
use html_escape::encode_text as text;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}\
table{border-collapse:collapse;margin-bottom:2rem}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}\
th{background:#f4f4f4}.good{color:#060}.bad{color:#a00}button{margin-right:.3rem}\
.muted{color:#777}";

const SCRIPT: &str = "for (const button of document.querySelectorAll('button[data-action]')) {\
button.addEventListener('click', async () => {\
button.disabled = true;\
await fetch(button.dataset.action, {method: 'POST', headers: {'content-type': 'application/json'}, body: button.dataset.body || '{}'});\
location.reload();});}\
setTimeout(() => location.reload(), 2000);";

/// What the merchant answered a callback delivery: its status, or why
/// there was none (the connection refused, a timeout).
pub fn answered(status: Option<impl std::fmt::Display>, error: Option<&str>) -> String {
    status.map_or_else(|| error.unwrap_or_default().to_owned(), |status| status.to_string())
}

/// The last of a payment's callback deliveries and how many there were
/// (`200 (2 attempts)`); `-` for none.
pub fn deliveries(answers: &[String]) -> String {
    match answers {
        [] => "-".to_owned(),
        [.., last] => {
            let plural = if answers.len() == 1 { "" } else { "s" };
            format!("{last} ({} attempt{plural})", answers.len())
        }
    }
}

/// A button that POSTs `body` (JSON) to a control's path.
#[derive(Debug, Clone)]
pub struct Button {
    label: String,
    action: String,
    body: String,
}

impl Button {
    /// A button labelled `label` that POSTs `body` to `action`.
    pub fn new(label: impl Into<String>, action: impl Into<String>, body: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            action: action.into(),
            body: body.into(),
        }
    }
}

/// How a cell's text reads: plain, or as a status that went well or badly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Plain.
    Plain,
    /// Went well (paid, successful).
    Good,
    /// Went badly (failed, expired, cancelled).
    Bad,
}

/// A table row: its cells, the buttons of its controls, and the name
/// (`data-key`) a test finds it by.
#[derive(Debug, Clone, Default)]
pub struct Row {
    key: String,
    cells: Vec<(String, Tone, Option<&'static str>)>,
    buttons: Vec<Button>,
}

impl Row {
    /// A row found by `key`.
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            ..Self::default()
        }
    }

    /// A plain cell.
    #[must_use]
    pub fn cell(mut self, value: impl ToString) -> Self {
        self.cells.push((value.to_string(), Tone::Plain, None));
        self
    }

    /// A cell of class `class` (`status`, `callback`: what a test reads), in `tone`.
    #[must_use]
    pub fn marked(mut self, class: &'static str, value: impl ToString, tone: Tone) -> Self {
        self.cells.push((value.to_string(), tone, Some(class)));
        self
    }

    /// The buttons of the controls that apply to the row now.
    #[must_use]
    pub fn buttons(mut self, buttons: impl IntoIterator<Item = Button>) -> Self {
        self.buttons.extend(buttons);
        self
    }
}

/// A dashboard page being written.
#[derive(Debug)]
pub struct Page {
    html: String,
}

impl Page {
    /// A page titled `title`, its first line `summary` (the base URL, the
    /// balances…).
    pub fn new(title: &str, summary: &str) -> Self {
        let mut html = String::new();
        let _ = write!(
            html,
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>\
             <style>{STYLE}</style></head><body><h1>{title}</h1>\
             <p class=\"muted\">{summary} · test data only · refreshes every 2 s</p>",
            title = text(title),
            summary = text(summary),
        );
        Self { html }
    }

    /// A table under `heading`, its id `id`, its columns `header` (and a
    /// `controls` column when a row has buttons), newest rows as given.
    pub fn table(&mut self, heading: &str, id: &str, header: &[&str], rows: impl IntoIterator<Item = Row>) {
        let rows: Vec<Row> = rows.into_iter().collect();
        let controls = rows.iter().any(|row| !row.buttons.is_empty());
        let _ = write!(
            self.html,
            "<h2>{}</h2><table id=\"{}\"><tr>",
            text(heading),
            attribute(id)
        );
        for column in header.iter().chain(controls.then_some(&"controls")) {
            let _ = write!(self.html, "<th>{}</th>", text(column));
        }
        self.html.push_str("</tr>");
        for row in rows {
            let _ = write!(self.html, "<tr data-key=\"{}\">", attribute(&row.key));
            for (value, tone, class) in &row.cells {
                let tone = match tone {
                    Tone::Plain => "",
                    Tone::Good => " good",
                    Tone::Bad => " bad",
                };
                let _ = write!(
                    self.html,
                    "<td class=\"{}{tone}\">{}</td>",
                    class.unwrap_or(""),
                    text(value)
                );
            }
            if controls {
                self.html.push_str("<td>");
                for button in &row.buttons {
                    let _ = write!(
                        self.html,
                        "<button data-action=\"{}\" data-body=\"{}\">{}</button>",
                        attribute(&button.action),
                        attribute(&button.body),
                        text(&button.label)
                    );
                }
                self.html.push_str("</td>");
            }
            self.html.push_str("</tr>");
        }
        self.html.push_str("</table>");
    }

    /// A line of small print.
    pub fn note(&mut self, note: &str) {
        let _ = write!(self.html, "<p class=\"muted\">{}</p>", text(note));
    }

    /// The page.
    pub fn finish(mut self) -> String {
        let _ = write!(self.html, "<script>{SCRIPT}</script></body></html>");
        self.html
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_is_escaped_and_controls_show_where_a_row_has_them() {
        let mut page = Page::new("A <sandbox>", "http://127.0.0.1:1");
        page.table(
            "Things",
            "things",
            &["name", "state"],
            [
                Row::new("a\"b")
                    .cell("<script>alert(1)</script>")
                    .marked("status", "paid", Tone::Good)
                    .buttons([Button::new("Pay", "/_sandbox/x", r#"{"a": "<b>"}"#)]),
                Row::new("c").cell("plain").marked("status", "failed", Tone::Bad),
            ],
        );
        let html = page.finish();
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("<title>A &lt;sandbox&gt;</title>"));
        assert!(html.contains("data-key=\"a&quot;b\""));
        assert!(html.contains("<th>controls</th>"));
        assert!(html.contains("data-body=\"{&quot;a&quot;: &quot;&lt;b&gt;&quot;}\""));
        assert!(html.contains("<td class=\"status good\">paid</td>"));
        assert!(html.contains("<td class=\"status bad\">failed</td>"));
    }

    #[test]
    fn deliveries_read_as_the_last_answer_and_their_count() {
        assert_eq!(deliveries(&[]), "-");
        assert_eq!(deliveries(&["200".to_owned()]), "200 (1 attempt)");
        let answers = [answered(None::<u16>, Some("refused")), answered(Some(200), None)];
        assert_eq!(deliveries(&answers), "200 (2 attempts)");
    }
}
