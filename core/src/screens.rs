//! The key screens' short instructions and what each kind of help contact is: text,
//! easy-read, picture and sign-language videos, as `screens.toml` gives them.

use crate::content::slots::{self, KEY_SCREENS};
use crate::content::{Catalog, ContactKind};
use crate::engine::{Cx, Engine};
use crate::error::{Error, Result, excerpt};
use crate::l10n::{Localizer, direction_of};
use crate::learning::{picture, sign_videos, text, viewer};
use crate::media::InstalledMedia;
use crate::views::{ContactKindInfo, ScreenInstructions, TextDirection};

/// The words of an explanation: the text to show (easy-read when asked for and the pack
/// has it), the easy-read form, and the locale and direction of the text.
struct Wording {
    text: String,
    easy_text: Option<String>,
    locale: String,
    direction: TextDirection,
}

fn wording(l10n: &Localizer, msg: &str, easy_read: bool) -> Wording {
    let main = text(l10n, msg);
    let easy = l10n.attr(msg, "easy").map(|t| t.value);
    Wording {
        text: match (&easy, easy_read) {
            (Some(e), true) => e.clone(),
            _ => main.value,
        },
        easy_text: easy,
        direction: direction_of(&main.locale),
        locale: main.locale.to_string(),
    }
}

/// A screen's instructions, or `None` when the pack has none for it.
pub(crate) fn screen_view(
    cat: &Catalog,
    l10n: &Localizer,
    media: &InstalledMedia,
    name: &str,
    sign_language: Option<&str>,
    easy_read: bool,
) -> Option<ScreenInstructions> {
    let def = cat.screens.screen.iter().find(|s| s.name == name)?;
    let msg = slots::screen_message(def);
    let w = wording(l10n, &msg, easy_read);
    Some(ScreenInstructions {
        name: def.name.clone(),
        text: w.text,
        easy_text: w.easy_text,
        direction: w.direction,
        locale: w.locale,
        picture: def.picture.as_ref().map(|p| picture(l10n, p, &msg)),
        videos: sign_videos(
            cat,
            l10n,
            media,
            &slots::screen_slot(&def.name),
            sign_language,
        ),
    })
}

/// What a contact kind is, or `None` when the pack does not explain it.
pub(crate) fn contact_kind_view(
    cat: &Catalog,
    l10n: &Localizer,
    media: &InstalledMedia,
    kind: ContactKind,
    sign_language: Option<&str>,
    easy_read: bool,
) -> Option<ContactKindInfo> {
    let def = cat.screens.contact_kind.iter().find(|k| k.kind == kind)?;
    let msg = slots::contact_kind_message(def);
    let w = wording(l10n, &msg, easy_read);
    Some(ContactKindInfo {
        kind,
        label: text(l10n, &format!("contact-kind-{}", slots::kind_name(kind))).value,
        text: w.text,
        easy_text: w.easy_text,
        direction: w.direction,
        locale: w.locale,
        picture: def.picture.as_ref().map(|p| picture(l10n, p, &msg)),
        videos: sign_videos(
            cat,
            l10n,
            media,
            &slots::contact_kind_slot(kind),
            sign_language,
        ),
    })
}

fn screen(cx: &Cx<'_>, name: &str, learner_id: Option<&str>) -> Result<ScreenInstructions> {
    let v = viewer(cx, learner_id)?;
    screen_view(
        &cx.state.catalog,
        &v.l10n,
        &cx.state.media,
        name,
        v.sign_language.as_deref(),
        v.settings.easy_read,
    )
    .ok_or_else(|| {
        let known = KEY_SCREENS.contains(&name);
        Error::not_found(
            if known {
                "instructions of screen"
            } else {
                "screen"
            },
            excerpt(name),
        )
    })
}

fn contact_kinds(cx: &Cx<'_>, learner_id: Option<&str>) -> Result<Vec<ContactKindInfo>> {
    let v = viewer(cx, learner_id)?;
    let cat = &*cx.state.catalog;
    Ok(ContactKind::ALL
        .iter()
        .filter_map(|k| {
            contact_kind_view(
                cat,
                &v.l10n,
                &cx.state.media,
                *k,
                v.sign_language.as_deref(),
                v.settings.easy_read,
            )
        })
        .collect())
}

impl Engine {
    /// A key screen's short instructions for a learner (their locale, easy-read setting
    /// and sign language; the app's without a learner): `learner-picker`, `home`,
    /// `lesson`, `quiz`, `knowledge-check`, `help`, `pathway`, `settings`, `quick-exit`.
    pub fn screen_instructions(
        &self,
        name: &str,
        learner_id: Option<&str>,
    ) -> Result<ScreenInstructions> {
        self.read(|cx| screen(cx, name, learner_id))
    }

    /// What each kind of help contact is, for the kinds the pack explains, in display
    /// order, for a learner (or the app's settings).
    pub fn contact_kinds(&self, learner_id: Option<&str>) -> Result<Vec<ContactKindInfo>> {
        self.read(|cx| contact_kinds(cx, learner_id))
    }
}
