//! A memory budget for reading a format without field names (the built catalog, in
//! postcard).
//!
//! In postcard every value takes at least one byte, but a value can take far more memory
//! than bytes: a module whose fields are all zero bytes is 13 bytes of input and a few
//! hundred bytes of `ModuleDef`, so 8 MiB of zeros after a long list's length would be
//! half a gigabyte. [`read`] wraps the deserializer and charges, before each value is
//! made, the size of its type (`size_of` of what each element, key, value or variant
//! will be) and the length of each string or byte string, and stops with an error once
//! the budget is spent. A struct read as a sequence (as postcard reads every struct) is
//! charged once as an element and again field by field, so the charge over-counts what
//! the values hold (the default catalog's is about 3.5 times its bytes); it leaves out
//! the allocator's rounding and a vector's spare capacity, so the memory used stays
//! within a small multiple of the budget whatever the input.

use std::cell::Cell;

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};

/// Why a value was not read.
#[derive(Debug)]
pub(crate) enum Refused<E> {
    /// The budget was spent before the value was whole.
    Spent,
    /// The format's own error.
    Format(E),
}

/// Bytes left to charge (`None` once the budget is spent: some formats, postcard among
/// them, drop the message of an error made with `custom`, so it is told from here).
struct Budget(Cell<Option<usize>>);

impl Budget {
    fn charge<E: de::Error>(&self, bytes: usize) -> Result<(), E> {
        let left = self.0.get().and_then(|left| left.checked_sub(bytes));
        self.0.set(left);
        left.map(|_| ())
            .ok_or_else(|| E::custom("the memory budget is spent"))
    }
}

/// Read a `T` from `deserializer`, charging at most `budget` bytes (see the module's
/// documentation); with the bytes charged.
pub(crate) fn read<'de, T: de::Deserialize<'de>, D: Deserializer<'de>>(
    deserializer: D,
    budget: usize,
) -> Result<(T, usize), Refused<D::Error>> {
    let left = Budget(Cell::new(Some(budget)));
    let seed = Seed {
        inner: std::marker::PhantomData::<T>,
        budget: &left,
    };
    let value = seed.deserialize(deserializer);
    match (value, left.0.get()) {
        (Ok(value), Some(left)) => Ok((value, budget - left)),
        (_, None) => Err(Refused::Spent),
        (Err(e), Some(_)) => Err(Refused::Format(e)),
    }
}

/// Something of the inner format's (a deserializer, visitor, seed or access) that
/// charges `budget` as it goes.
struct Wrap<'b, X> {
    inner: X,
    budget: &'b Budget,
}

/// A seed that charges the size of the value it makes before making it.
type Seed<'b, S> = Wrap<'b, S>;

impl<'b, X> Wrap<'b, X> {
    fn wrap<Y>(&self, inner: Y) -> Wrap<'b, Y> {
        Wrap {
            inner,
            budget: self.budget,
        }
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<'_, S> {
    type Value = S::Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.budget.charge(size_of::<S::Value>())?;
        let d = self.wrap(d);
        self.inner.deserialize(d)
    }
}

/// The deserializer's methods that take only a visitor.
macro_rules! forward_deserialize {
    ($($method:ident),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
            let v = self.wrap(v);
            self.inner.$method(v)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Wrap<'_, D> {
    type Error = D::Error;
    forward_deserialize!(
        deserialize_any,
        deserialize_bool,
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any,
    );
    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        v: V,
    ) -> Result<V::Value, D::Error> {
        let v = self.wrap(v);
        self.inner.deserialize_unit_struct(name, v)
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        v: V,
    ) -> Result<V::Value, D::Error> {
        let v = self.wrap(v);
        self.inner.deserialize_newtype_struct(name, v)
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, v: V) -> Result<V::Value, D::Error> {
        let v = self.wrap(v);
        self.inner.deserialize_tuple(len, v)
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        v: V,
    ) -> Result<V::Value, D::Error> {
        let v = self.wrap(v);
        self.inner.deserialize_tuple_struct(name, len, v)
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        let v = self.wrap(v);
        self.inner.deserialize_struct(name, fields, v)
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        let v = self.wrap(v);
        self.inner.deserialize_enum(name, variants, v)
    }
    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

/// The visitor's methods that take a plain value.
macro_rules! forward_visit {
    ($($method:ident: $t:ty),* $(,)?) => {$(
        fn $method<E: de::Error>(self, x: $t) -> Result<V::Value, E> {
            self.inner.$method(x)
        }
    )*};
}

/// The visitor's methods that take text or bytes: what they hold is charged.
macro_rules! charge_visit {
    ($($method:ident: $t:ty),* $(,)?) => {$(
        fn $method<E: de::Error>(self, x: $t) -> Result<V::Value, E> {
            self.budget.charge(x.len())?;
            self.inner.$method(x)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<'_, V> {
    type Value = V::Value;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.inner.expecting(f)
    }
    forward_visit!(
        visit_bool: bool,
        visit_i8: i8,
        visit_i16: i16,
        visit_i32: i32,
        visit_i64: i64,
        visit_i128: i128,
        visit_u8: u8,
        visit_u16: u16,
        visit_u32: u32,
        visit_u64: u64,
        visit_u128: u128,
        visit_f32: f32,
        visit_f64: f64,
        visit_char: char,
    );
    charge_visit!(
        visit_str: &str,
        visit_borrowed_str: &'de str,
        visit_string: String,
        visit_bytes: &[u8],
        visit_borrowed_bytes: &'de [u8],
        visit_byte_buf: Vec<u8>,
    );
    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }
    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        let d = self.wrap(d);
        self.inner.visit_some(d)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        let d = self.wrap(d);
        self.inner.visit_newtype_struct(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, a: A) -> Result<V::Value, A::Error> {
        let a = self.wrap(a);
        self.inner.visit_seq(a)
    }
    fn visit_map<A: MapAccess<'de>>(self, a: A) -> Result<V::Value, A::Error> {
        let a = self.wrap(a);
        self.inner.visit_map(a)
    }
    fn visit_enum<A: EnumAccess<'de>>(self, a: A) -> Result<V::Value, A::Error> {
        let a = self.wrap(a);
        self.inner.visit_enum(a)
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Wrap<'_, A> {
    type Error = A::Error;
    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        let seed = self.wrap(seed);
        self.inner.next_element_seed(seed)
    }
    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Wrap<'_, A> {
    type Error = A::Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let seed = self.wrap(seed);
        self.inner.next_key_seed(seed)
    }
    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        let seed = self.wrap(seed);
        self.inner.next_value_seed(seed)
    }
    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, 'b, A: EnumAccess<'de>> EnumAccess<'de> for Wrap<'b, A> {
    type Error = A::Error;
    type Variant = Wrap<'b, A::Variant>;
    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let budget = self.budget;
        let seed = self.wrap(seed);
        let (value, variant) = self.inner.variant_seed(seed)?;
        let variant = Wrap {
            inner: variant,
            budget,
        };
        Ok((value, variant))
    }
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for Wrap<'_, A> {
    type Error = A::Error;
    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }
    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        let seed = self.wrap(seed);
        self.inner.newtype_variant_seed(seed)
    }
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, v: V) -> Result<V::Value, A::Error> {
        let v = self.wrap(v);
        self.inner.tuple_variant(len, v)
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, A::Error> {
        let v = self.wrap(v);
        self.inner.struct_variant(fields, v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    struct Item {
        name: String,
        tags: Vec<String>,
        kind: Option<Kind>,
    }

    #[derive(Debug, PartialEq, serde::Deserialize, serde::Serialize)]
    enum Kind {
        Plain,
        Counted(u32),
    }

    fn read_items(bytes: &[u8], budget: usize) -> Result<(Vec<Item>, usize), Refused<String>> {
        let mut de = postcard::Deserializer::from_bytes(bytes);
        read(&mut de, budget).map_err(|e| match e {
            Refused::Spent => Refused::Spent,
            Refused::Format(e) => Refused::Format(e.to_string()),
        })
    }

    /// What is charged: each element's size before it is made, each text's length.
    #[test]
    fn reading_charges_sizes_and_texts() {
        let items = vec![
            Item {
                name: "abc".into(),
                tags: vec!["x".into(), "yz".into()],
                kind: Some(Kind::Counted(7)),
            },
            Item {
                name: String::new(),
                tags: vec![],
                kind: Some(Kind::Plain),
            },
        ];
        let bytes = postcard::to_allocvec(&items).unwrap();
        let (read, charged) = read_items(&bytes, usize::MAX).unwrap();
        assert_eq!(read, items);
        // The list, then each item as an element and each of its fields as it is read,
        // each tag, each variant's name (the derive's one-byte enum of names), the
        // count inside `Counted`, and the texts.
        let expected = size_of::<Vec<Item>>()
            + 2 * (size_of::<Item>()
                + size_of::<String>()
                + size_of::<Vec<String>>()
                + size_of::<Option<Kind>>())
            + 2 * size_of::<String>()
            + 2
            + size_of::<u32>()
            + "abc".len()
            + "x".len()
            + "yz".len();
        assert_eq!(charged, expected);
        // One byte less and the reading stops, whatever the format says.
        assert!(matches!(
            read_items(&bytes, charged - 1),
            Err(Refused::Spent)
        ));
        // The format's own errors pass through.
        assert!(matches!(
            read_items(&bytes[..bytes.len() - 1], usize::MAX),
            Err(Refused::Format(_))
        ));
    }

    /// A long list of the smallest elements (one zero byte each) is stopped by the
    /// budget, not by the end of its bytes.
    #[test]
    fn many_small_elements_spend_the_budget() {
        let mut bytes = vec![0xff, 0xff, 0x3f]; // 1,048,575 elements
        bytes.resize(3 + (1 << 20), 0);
        let budget = 64 * size_of::<Item>();
        assert!(matches!(read_items(&bytes, budget), Err(Refused::Spent)));
    }
}
