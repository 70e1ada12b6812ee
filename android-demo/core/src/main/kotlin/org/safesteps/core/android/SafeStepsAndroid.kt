package org.safesteps.core.android

import android.content.Context
import java.io.File
import org.safesteps.core.OpenOptions
import org.safesteps.core.SafeSteps

/** Opens the one long-lived core object for an Android app. Call it off the main thread. */
object SafeStepsAndroid {
    /** The database file: in no-backup storage, so children's data never leaves the device. */
    fun databaseFile(context: Context): File = File(context.noBackupFilesDir, "safesteps.sqlite")

    /**
     * Opens (or creates) the database with the device's languages, most preferred first.
     * [country] chooses help contacts (ISO 3166-1 alpha-2); by default the device region.
     */
    fun open(context: Context, country: String? = null, signLanguage: String? = null): SafeSteps {
        val locales = context.resources.configuration.locales
        val tags = (0 until locales.size()).map { locales[it].toLanguageTag() }.ifEmpty { listOf("en") }
        val region = country ?: if (locales.isEmpty) null else locales[0].country.takeIf { it.length == 2 }
        return SafeSteps(
            databaseFile(context).path,
            OpenOptions(preferredLocales = tags, country = region, signLanguage = signLanguage),
        )
    }
}
