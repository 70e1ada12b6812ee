package org.safesteps.demo

import org.safesteps.core.ChannelType
import org.safesteps.core.ChannelView
import org.safesteps.core.ContactKind
import org.safesteps.core.ContactStatus
import org.safesteps.core.ContactView
import org.safesteps.core.FreeToUse
import org.safesteps.core.OpenState

/** One way to reach a contact: call, text, chat... with whether it is open now, in words. */
data class ChannelUi(
    val kind: ChannelType,
    /** "Call", "Text message", "Chat online"... */
    val label: String,
    /** The number, address or link, as researched (shown). */
    val value: String,
    /**
     * What to open, made and checked by the core (`tel:`, `sms:`, `https://wa.me/...`,
     * `mailto:`, `https:`); null when there is nothing to open (an app's name, a place).
     * The app never builds one from [value] itself.
     */
    val actionUri: String?,
    /** How the phone opens [actionUri]; null when there is none. */
    val opensWith: OpensWith?,
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
    /** Not verified yet: the screen shows "Check this number" with [checkNote]. */
    val checkThisNumber: Boolean,
    val checkNote: String?,
    /** A worldwide service shown because the country has none of this kind, or a helpline
     *  standing in for an emergency number that may not work: says which. */
    val fallbackNote: String?,
    /** A helpline shown in place of an emergency service that may not work. */
    val standIn: Boolean,
    /** Checked, not flagged, or still to check; [statusText] says it in words (caregivers
     *  and teachers see it on every contact). */
    val status: ContactStatus,
    val statusText: String,
    /** The pack's public note (checked text). Research notes never reach the app. */
    val publicNote: String?,
    val sourceUrl: String,
    val sourceSeen: String,
)

/** How the phone opens a channel's action URI. */
enum class OpensWith {
    /** The dialler, number filled in (Android ACTION_DIAL): never calls by itself. */
    DIAL,
    /** A message to a number or an address (Android ACTION_SENDTO): `sms:`, `mailto:`. */
    SEND_TO,
    /** A browser or the app that owns the link (Android ACTION_VIEW): `https:`, `wa.me`. */
    VIEW,
}

/** How to open a URI the core gave, from its scheme alone. */
fun opensWith(uri: String?): OpensWith? = when {
    uri == null -> null
    uri.startsWith("tel:") -> OpensWith.DIAL
    uri.startsWith("sms:") || uri.startsWith("mailto:") -> OpensWith.SEND_TO
    uri.startsWith("https://") || uri.startsWith("http://") -> OpensWith.VIEW
    else -> null
}

fun contactUi(c: ContactView) = ContactUi(
    id = c.id,
    organisation = c.organisation,
    kind = c.kind,
    kindLabel = c.kindLabel,
    open = c.open,
    channels = c.channels.map(::channelUi),
    languages = c.languages,
    deafSupport = c.deafSupport,
    checkThisNumber = c.verifyBeforeShipping,
    checkNote = c.verifyNote,
    fallbackNote = if (c.isFallback) c.fallbackNote else null,
    standIn = c.isStandIn,
    status = c.status,
    statusText = c.statusText,
    publicNote = c.publicNote,
    sourceUrl = c.sourceUrl,
    sourceSeen = c.sourceSeen,
)

fun channelUi(ch: ChannelView) = ChannelUi(
    kind = ch.kind,
    label = ch.label,
    value = ch.value,
    actionUri = ch.actionUri,
    opensWith = opensWith(ch.actionUri),
    open = ch.open,
    status = ch.statusText,
    hours = ch.hoursText,
    free = ch.free,
    cost = ch.cost,
    usableWithoutHearing = ch.usableWithoutHearing,
    note = ch.note,
)
