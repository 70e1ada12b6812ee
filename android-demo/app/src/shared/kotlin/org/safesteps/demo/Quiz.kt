package org.safesteps.demo

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
    /** Right, or revealed: the child can go on. */
    val finished: Boolean = false,
    /** Answered wrong with attempts left: "Try again" is offered. */
    val canTryAgain: Boolean = false,
    val loading: Boolean = true,
    val error: String? = null,
)

enum class Choose { ONE, SEVERAL, ALL_IN_ORDER }

/** A quiz question: choosing, hints, per-option feedback, trying again, and the reveal. */
class Quiz(
    private val app: SafeSteps,
    learnerId: String,
    questionId: String,
    private val clock: () -> Long = System::currentTimeMillis,
) : StateHolder<QuizState>(QuizState(learnerId, questionId)) {
    private var shownAt = 0L

    override fun withError(state: QuizState, message: String?) = state.copy(error = message)

    /** Shows the question as the core lays it out for this attempt (options shuffled per attempt). */
    fun load() {
        val q = core { app.question(state.questionId, state.learnerId) } ?: return
        shownAt = clock()
        update { fresh(it, q) }
    }

    /** The child taps an option. One-answer questions replace the choice; several-answer ones
     *  toggle it; ordering questions give it the next place, and a second tap takes it out. */
    fun tap(optionId: String) {
        if (state.finished || state.message != null) return
        if (state.options.none { it.id == optionId }) return
        val now = state.selection
        val next = when (state.choose) {
            Choose.ONE -> listOf(optionId)
            Choose.SEVERAL, Choose.ALL_IN_ORDER -> if (optionId in now) now - optionId else now + optionId
        }
        update { it.withSelection(next) }
    }

    /** Ordering questions: move a placed option one place earlier (a button next to it). */
    fun moveUp(optionId: String) {
        val i = state.selection.indexOf(optionId)
        if (i <= 0) return
        val list = state.selection.toMutableList()
        list[i] = list[i - 1]
        list[i - 1] = optionId
        update { it.withSelection(list) }
    }

    fun clearSelection() = update { it.withSelection(emptyList()) }

    /** Opens the hint; the core records it with the next answer. */
    fun showHint() {
        if (!state.hasHint) return
        val text = core { app.hint(state.learnerId, state.questionId) } ?: return
        update { it.copy(hint = text, error = null) }
    }

    fun submit() {
        if (!state.canSubmit) return
        val taken = (clock() - shownAt).coerceAtLeast(0)
        val result = core { app.answer(state.learnerId, state.questionId, state.selection, taken) } ?: return
        update { it.withResult(result) }
    }

    /** After a wrong answer with attempts left: the question again, options in a new order. */
    fun tryAgain() {
        if (!state.canTryAgain) return
        load()
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
        finished = r.correct || r.reveal,
        canTryAgain = !r.correct && !r.reveal,
        canSubmit = false,
        error = null,
    )
}
