package org.safesteps.demo

import java.util.concurrent.Executor
import org.safesteps.core.AnswerResult
import org.safesteps.core.Picture
import org.safesteps.core.QuestionKind
import org.safesteps.core.QuestionView
import org.safesteps.core.SafeSteps

/** One answer option as drawn: selection, then after an answer its feedback. */
data class OptionUi(
    val id: String,
    val text: String,
    val picture: Picture?,
    val selected: Boolean = false,
    /** For ordering questions: the 1-based place the child gave it (null until placed). */
    val place: Int? = null,
    /** After an answer: was this option chosen, is it a right option, and what the pack says about it. */
    val chosen: Boolean? = null,
    val right: Boolean? = null,
    val feedback: String? = null,
)

data class QuizState(
    val learnerId: String,
    val questionId: String,
    val kind: QuestionKind? = null,
    val prompt: String = "",
    /** How to choose: one option, several, or all in order. */
    val choose: Choose = Choose.ONE,
    val options: List<OptionUi> = emptyList(),
    /** Selected option ids; for ordering questions, in the child's order. */
    val selection: List<String> = emptyList(),
    val canSubmit: Boolean = false,
    val hasHint: Boolean = false,
    val hint: String? = null,
    val attemptsUsed: Int = 0,
    /** Attempts left in this run before the answer is shown; null means no limit. */
    val attemptsLeft: Int? = null,
    /** After an answer: the core's message ("Well done! That is right."). */
    val message: String? = null,
    val correct: Boolean? = null,
    val scorePercent: Int? = null,
    /** The right answer is shown after the allowed attempts; the lesson goes on. */
    val revealed: Boolean = false,
    /** For a revealed ordering question: the right order, as option texts. */
    val rightOrder: List<String> = emptyList(),
    /** The same, as option ids. */
    val rightOrderIds: List<String> = emptyList(),
    /** Right, or revealed: the child can go on. */
    val finished: Boolean = false,
    /** Answered wrong with attempts left: "Try again" is offered. */
    val canTryAgain: Boolean = false,
    /** The screen's words in the learner's language; `tries-left` and `hint-is` formatted. */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

enum class Choose { ONE, SEVERAL, ALL_IN_ORDER }

/** The words of a quiz question. */
val QuizKeys = listOf(
    "choose-one", "choose-several", "choose-in-order", "show-hint", "check-answer", "try-again", "option-right",
    "option-wrong", "right-order",
)

/**
 * A quiz question: choosing, hints, per-option feedback, trying again, and the reveal.
 * Saved: the options' order, the selection not yet checked, whether the hint is open, and
 * after "Check answer" what the child was shown; so a rotated or restarted app shows the
 * question exactly as it was, and nothing is answered twice.
 */
class Quiz(
    private val app: SafeSteps,
    learnerId: String,
    questionId: String,
    private val clock: () -> Long = System::currentTimeMillis,
    private val saved: Saved = emptyMap(),
    executor: Executor = DirectExecutor,
) : StateHolder<QuizState>(QuizState(learnerId, questionId), executor) {
    private var shownAt = 0L
    private var restore = saved
    private var locales: List<String> = emptyList()

    override fun withError(state: QuizState, message: String?) = state.copy(error = message)

    override fun save(): Saved {
        val s = state
        if (s.loading) return restore
        return buildMap<String, Any?> {
            put("order", savedList(s.options.map { it.id }))
            put("selection", savedList(s.selection))
            put("hint", s.hint != null)
            if (s.message != null) s.saveResult(this)
        }
    }

    /** Shows the question as the core lays it out for this attempt (options shuffled per attempt). */
    fun load() = launch { loadNow() }

    private fun loadNow() {
        locales = localesOf(app, state.learnerId)
        // The words first: an error below is then said in the learner's language too.
        val labels = app.labels(locales, QuizKeys)
        update { it.copy(labels = labels) }
        val q = core { app.question(state.questionId, state.learnerId) } ?: return
        shownAt = clock()
        update { fresh(it, q).copy(labels = labels) }
        formatLabels()
        val r = restore
        if (r.isEmpty()) return
        restore = emptyMap()
        // Put the options back in the order the child saw (the next attempt may shuffle anew).
        val order = r.strings("order").orEmpty()
        if (order.toSet() == state.options.map { it.id }.toSet()) {
            update { s -> s.copy(options = order.map { id -> s.options.first { it.id == id } }) }
        }
        val selection = r.strings("selection").orEmpty().filter { id -> state.options.any { it.id == id } }
        update { it.withSelection(selection) }
        if (r.bool("hint") == true && state.hasHint) {
            val text = core { app.hint(state.learnerId, state.questionId) } ?: return
            update { it.copy(hint = text) }
        }
        if (r.bool("answered") == true) update { it.withSavedResult(r) }
        formatLabels()
    }

    /** "2 tries left" and "Hint: ...", formatted by the core for what is shown now. */
    private fun formatLabels() {
        val s = state
        val formatted = buildMap {
            s.attemptsLeft?.let { put("tries-left", app.format(locales, "tries-left", "count" to it)) }
            s.hint?.let { put("hint-is", app.format(locales, "hint-is", "hint" to it)) }
        }
        update { it.copy(labels = it.labels.copy(formatted = formatted)) }
    }

    /** The child taps an option. One-answer questions replace the choice; several-answer ones
     *  toggle it; ordering questions give it the next place, and a second tap takes it out. */
    // Choosing never calls the core: these change the state at once, on the calling thread.

    fun tap(optionId: String) = update { s ->
        if (s.finished || s.message != null || s.options.none { it.id == optionId }) return@update s
        val now = s.selection
        val next = when (s.choose) {
            Choose.ONE -> listOf(optionId)
            Choose.SEVERAL, Choose.ALL_IN_ORDER -> if (optionId in now) now - optionId else now + optionId
        }
        s.withSelection(next)
    }

    /** Ordering questions: move a placed option one place earlier (a button next to it). */
    fun moveUp(optionId: String) = update { s ->
        val i = s.selection.indexOf(optionId)
        if (i <= 0 || s.message != null) return@update s
        val list = s.selection.toMutableList()
        list[i] = list[i - 1]
        list[i - 1] = optionId
        s.withSelection(list)
    }

    fun clearSelection() = update { it.withSelection(emptyList()) }

    /** Opens the hint; the core records it with the next answer. */
    fun showHint() = launch {
        if (!state.hasHint) return@launch
        val text = core { app.hint(state.learnerId, state.questionId) } ?: return@launch
        update { it.copy(hint = text, error = null) }
        formatLabels()
    }

    fun submit() = launch {
        if (!state.canSubmit) return@launch
        val taken = (clock() - shownAt).coerceAtLeast(0)
        val result = core { app.answer(state.learnerId, state.questionId, state.selection, taken) } ?: return@launch
        update { it.withResult(result) }
        formatLabels()
    }

    /** After a wrong answer with attempts left: the question again, options in a new order. */
    fun tryAgain() = launch {
        if (!state.canTryAgain) return@launch
        loadNow()
    }

    private fun fresh(s: QuizState, q: QuestionView) = s.copy(
        kind = q.kind,
        prompt = q.prompt,
        choose = when (q.kind) {
            QuestionKind.MULTIPLE_CHOICE -> Choose.SEVERAL
            QuestionKind.ORDERING -> Choose.ALL_IN_ORDER
            else -> Choose.ONE
        },
        options = q.options.map { OptionUi(it.id, it.text, it.picture) },
        selection = emptyList(),
        canSubmit = false,
        hasHint = q.hasHint,
        hint = null,
        attemptsUsed = q.attemptsUsed.toInt(),
        attemptsLeft = q.attemptsLeft?.toInt(),
        message = null,
        correct = null,
        scorePercent = null,
        revealed = false,
        rightOrder = emptyList(),
        rightOrderIds = emptyList(),
        finished = false,
        canTryAgain = false,
        loading = false,
        error = null,
    )
}

private fun QuizState.withSelection(selection: List<String>): QuizState = copy(
    selection = selection,
    options = options.map { o ->
        val at = selection.indexOf(o.id)
        o.copy(selected = at >= 0, place = if (choose == Choose.ALL_IN_ORDER && at >= 0) at + 1 else null)
    },
    canSubmit = when (choose) {
        Choose.ONE -> selection.size == 1
        Choose.SEVERAL -> selection.isNotEmpty()
        Choose.ALL_IN_ORDER -> selection.size == options.size
    },
    error = null,
)

private fun QuizState.withResult(r: AnswerResult): QuizState {
    val byId = r.options.associateBy { it.optionId }
    val textOf = options.associate { it.id to it.text }
    // The core lists options in the pack's order, which for ordering questions is the right order.
    val rightPlace = r.options.mapIndexed { i, f -> f.optionId to i + 1 }.toMap()
    return copy(
        options = options.map { o ->
            val f = byId[o.id]
            // Before the reveal, only the chosen options say whether they were right.
            val showRight = r.correct || r.reveal || f?.chosen == true
            val right = if (choose == Choose.ALL_IN_ORDER) o.place == rightPlace[o.id] else f?.correct
            o.copy(
                chosen = f?.chosen,
                right = if (showRight) right else null,
                feedback = if (showRight) f?.feedback else null,
            )
        },
        message = r.message,
        correct = r.correct,
        scorePercent = percent(r.score),
        attemptsUsed = r.attemptNumber.toInt(),
        attemptsLeft = r.attemptsLeft?.toInt(),
        revealed = r.reveal,
        rightOrder = if (r.reveal && choose == Choose.ALL_IN_ORDER) r.options.map { textOf[it.optionId] ?: it.optionId } else emptyList(),
        rightOrderIds = if (r.reveal && choose == Choose.ALL_IN_ORDER) r.options.map { it.optionId } else emptyList(),
        finished = r.correct || r.reveal,
        canTryAgain = !r.correct && !r.reveal,
        canSubmit = false,
        error = null,
    )
}

/** The answered state as saved: what the child saw after "Check answer". */
private fun QuizState.saveResult(out: MutableMap<String, Any?>) {
    out["answered"] = true
    out["message"] = message
    out["correct"] = correct
    out["score"] = scorePercent
    out["attemptsUsed"] = attemptsUsed
    out["attemptsLeft"] = attemptsLeft
    out["revealed"] = revealed
    out["rightOrder"] = savedList(rightOrderIds)
    out["opt.chosen"] = savedList(options.filter { it.chosen == true }.map { it.id })
    out["opt.right"] = savedList(options.filter { it.right == true }.map { it.id })
    out["opt.wrong"] = savedList(options.filter { it.right == false }.map { it.id })
    for (o in options) o.feedback?.let { out["opt.feedback.${o.id}"] = it }
}

/** [saveResult] read back onto a freshly loaded question. */
private fun QuizState.withSavedResult(saved: Saved): QuizState {
    val chosen = saved.strings("opt.chosen").orEmpty().toSet()
    val right = saved.strings("opt.right").orEmpty().toSet()
    val wrong = saved.strings("opt.wrong").orEmpty().toSet()
    val correct = saved.bool("correct") ?: false
    val revealed = saved.bool("revealed") ?: false
    val textOf = options.associate { it.id to it.text }
    val order = saved.strings("rightOrder").orEmpty()
    return copy(
        options = options.map { o ->
            o.copy(
                chosen = o.id in chosen,
                right = if (o.id in right) true else if (o.id in wrong) false else null,
                feedback = saved.string("opt.feedback.${o.id}"),
            )
        },
        message = saved.string("message"),
        correct = correct,
        scorePercent = saved.int("score"),
        attemptsUsed = saved.int("attemptsUsed") ?: attemptsUsed,
        attemptsLeft = saved.int("attemptsLeft"),
        revealed = revealed,
        rightOrderIds = order,
        rightOrder = order.map { textOf[it] ?: it },
        finished = correct || revealed,
        canTryAgain = !correct && !revealed,
        canSubmit = false,
    )
}
