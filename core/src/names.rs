//! Names of enum variants as written in packs, the database and bundles: taken from the
//! enums' serde attributes, so each name is written once.

use serde::Serialize;
use serde::de::DeserializeOwned;

/// The serde name of a unit variant ("6-9", "pre", "class"...).
pub fn serde_name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The unit variant with this serde name.
pub fn from_serde_name<T: DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

/// Store a unit-variant enum in SQLite as its serde name.
macro_rules! sql_as_serde_name {
    ($($t:ty),* $(,)?) => {$(
        impl rusqlite::types::ToSql for $t {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from($crate::names::serde_name(self)))
            }
        }
        impl rusqlite::types::FromSql for $t {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let name = value.as_str()?;
                $crate::names::from_serde_name(name).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(
                        format!("'{}' is not a known {}", name.escape_debug(), stringify!($t)).into(),
                    )
                })
            }
        }
    )*};
}

sql_as_serde_name!(
    crate::views::AgeBand,
    crate::content::CheckPhase,
    crate::views::TargetKind,
    crate::views::PeerRole
);
