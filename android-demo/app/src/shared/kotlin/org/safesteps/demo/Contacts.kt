package org.safesteps.demo

import org.safesteps.core.ChannelType
import org.safesteps.core.ChannelView
import org.safesteps.core.ContactKind
import org.safesteps.core.ContactView
import org.safesteps.core.FreeToUse
import org.safesteps.core.OpenState

/** One way to reach a contact: call, text, chat... with whether it is open now, in words. */
data class ChannelUi(
    val kind: ChannelType,
    /** "Call", "Text message", "Chat online"... */
    val label: String,
    /** The number, address or link. */
    val value: String,
    val open: OpenState,
    /** "Open now", "Closes 17:00"... (never shown only as a colour). */
    val status: String,
    val hours: String?,
    val free: FreeToUse,
    val cost: String?,
    /** Text, chat, web, email...: usable by someone who cannot hear or speak. */
    val usableWithoutHearing: Boolean,
    val note: String?,
)

/** A help contact, ready to draw. */
data class ContactUi(
    val id: String,
    val organisation: String,
    val kind: ContactKind,
    /** "Child helpline", "Emergency"... */
    val kindLabel: String,
    val open: OpenState,
    val channels: List<ChannelUi>,
    val languages: List<String>,
    val deafSupport: Boolean,
    val accessibility: String?,
    /** Not verified yet: the screen shows "Check this number" with [checkNote]. */
    val checkThisNumber: Boolean,
    val checkNote: String?,
    /** A worldwide service shown because the country has none of this kind. */
    val fallbackNote: String?,
    val sourceUrl: String,
    val sourceSeen: String,
    val notes: String?,
)

fun contactUi(c: ContactView) = ContactUi(
    id = c.id,
    organisation = c.organisation,
    kind = c.kind,
    kindLabel = c.kindLabel,
    open = c.open,
    channels = c.channels.map(::channelUi),
    languages = c.languages,
    deafSupport = c.deafSupport,
    accessibility = c.accessibility,
    checkThisNumber = c.verifyBeforeShipping,
    checkNote = c.verifyNote,
    fallbackNote = if (c.isFallback) c.fallbackNote else null,
    sourceUrl = c.sourceUrl,
    sourceSeen = c.sourceSeen,
    notes = c.notes,
)

fun channelUi(ch: ChannelView) = ChannelUi(
    kind = ch.kind,
    label = ch.label,
    value = ch.value,
    open = ch.open,
    status = ch.statusText,
    hours = ch.hoursText,
    free = ch.free,
    cost = ch.cost,
    usableWithoutHearing = ch.usableWithoutHearing,
    note = ch.note,
)
