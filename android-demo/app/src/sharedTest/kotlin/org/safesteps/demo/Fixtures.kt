// Shared test helpers: a real core in a temp folder, and a Markdown renderer for states.
package org.safesteps.demo

import java.lang.reflect.Modifier
import java.nio.file.Path
import org.safesteps.core.AgeBand
import org.safesteps.core.LearnerView
import org.safesteps.core.OpenOptions
import org.safesteps.core.SafeSteps

/** 2026-11-23 12:00 UTC, a Monday: "open now" is checked at this instant, not the real clock. */
const val MondayNoonUtc = 1795435200000L

/** Opens the real core (the embedded default pack) on a new database in [dir]. */
fun openCore(dir: Path, country: String? = "PK", locales: List<String> = listOf("en"), name: String = "app.sqlite") =
    SafeSteps(dir.resolve(name).toString(), OpenOptions(preferredLocales = locales, country = country))

fun SafeSteps.child(nickname: String = "Kite", avatar: String = "kite", age: AgeBand? = AgeBand.AGES6_TO9): LearnerView =
    createLearner(nickname, avatar, age)

/**
 * Renders a UI state as a Markdown bullet list: one line per property, nested records and
 * lists indented. Ids that are random UUIDs are shown as `<id>`, so the output is stable.
 */
object StateMarkdown {
    private val uuid = Regex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

    fun render(state: Any, maxItems: Int = 3): String = buildString { fields(state, "", maxItems) }

    private fun StringBuilder.fields(value: Any, indent: String, maxItems: Int) {
        for (f in value.javaClass.declaredFields) {
            if (Modifier.isStatic(f.modifiers)) continue
            f.isAccessible = true
            item(f.name, f.get(value), indent, maxItems)
        }
    }

    private fun StringBuilder.item(name: String, v: Any?, indent: String, maxItems: Int) {
        when {
            v is List<*> && v.isNotEmpty() && v.all { it != null && isRecord(it) } -> {
                append("$indent- `$name`: ${v.size} item${if (v.size == 1) "" else "s"}\n")
                v.take(maxItems).forEachIndexed { i, e ->
                    append("$indent  - [$i]\n")
                    fields(e!!, "$indent    ", maxItems)
                }
                if (v.size > maxItems) append("$indent  - … ${v.size - maxItems} more\n")
            }
            v is Map<*, *> && v.isNotEmpty() -> {
                append("$indent- `$name`:\n")
                for ((k, e) in v) append("$indent  - `$k`: ${scalar(e)}\n")
            }
            v != null && isRecord(v) -> {
                append("$indent- `$name`:\n")
                fields(v, "$indent  ", maxItems)
            }
            else -> append("$indent- `$name`: ${scalar(v)}\n")
        }
    }

    private fun isRecord(v: Any): Boolean {
        val pkg = v.javaClass.packageName
        return (pkg == "org.safesteps.demo" || pkg == "org.safesteps.core") && !v.javaClass.isEnum &&
            v.javaClass.declaredFields.any { !Modifier.isStatic(it.modifiers) }
    }

    private fun scalar(v: Any?): String = when (v) {
        null -> "null"
        is String -> "\"" + uuid.replace(v, "<id>").replace("\n", "\\n") + "\""
        is List<*> -> if (v.isEmpty()) "[]" else v.joinToString(", ", "[", "]") { scalar(it) }
        is Enum<*> -> v.name
        else -> uuid.replace(v.toString(), "<id>")
    }
}
