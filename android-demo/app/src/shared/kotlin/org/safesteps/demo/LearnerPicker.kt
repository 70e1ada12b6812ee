package org.safesteps.demo

import java.util.concurrent.Executor
import org.safesteps.core.AgeBand
import org.safesteps.core.LearnerView
import org.safesteps.core.SafeSteps
import org.safesteps.core.SignInResult
import org.safesteps.core.TextDirection

/** A picture a child can pick (avatar or picture-password picture), with its alt text. */
data class PictureChoice(val id: String, val path: String, val alt: String)

/** A learner on this device, as a tile: avatar and nickname. */
data class LearnerTile(
    val id: String,
    val nickname: String,
    val avatar: PictureChoice?,
    val hasPicturePassword: Boolean,
)

/** The "new learner" form: a nickname (never a real name), an avatar, an age band. */
data class NewLearnerForm(
    val nickname: String = "",
    val avatarId: String? = null,
    val ageBand: AgeBand? = null,
) {
    val canCreate: Boolean = nickname.isNotBlank() && avatarId != null
}

/** Signing in with a picture password: the child taps pictures in their order. */
data class PictureSignIn(
    val learnerId: String,
    val nickname: String,
    val grid: List<PictureChoice>,
    val chosen: List<String> = emptyList(),
    /** Wrong tries so far (the screen says "Not right. Try again."). */
    val failures: Int = 0,
    /** Seconds to wait before the next try; 0 when the child may try now. */
    val waitSeconds: Int = 0,
) {
    val canSubmit: Boolean = chosen.size >= PicturePasswordMin && waitSeconds == 0
}

data class LearnerPickerState(
    /** The app's layout direction (no learner chosen yet). */
    val direction: TextDirection = TextDirection.LTR,
    val learners: List<LearnerTile> = emptyList(),
    val avatars: List<PictureChoice> = emptyList(),
    val ageBands: List<AgeBand> = AgeBand.entries.toList(),
    /** Open while a new learner is being made. */
    val form: NewLearnerForm? = null,
    /** Open while a child enters their picture password. */
    val pictureSignIn: PictureSignIn? = null,
    /** Set when a child is signed in: the app goes to Home. */
    val signedIn: LearnerView? = null,
    /** The screen's words in the app's language (see [Labels]). */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

/** The words of the learner picker. */
val PickerKeys = listOf(
    "who-is-learning", "new-learner", "nickname", "nickname-help", "privacy-note", "pick-avatar", "age",
    "age-not-given", "ages-6-9", "ages-10-14", "ages-15-17", "create", "create-profile", "done", "chosen", "undo",
    "sign-in", "not-right-try-again", "get-help", "for-caregivers", "for-teachers",
)

const val PicturePasswordMin = 3
const val PicturePasswordMax = 6

/**
 * Who is learning? Pick your avatar, or make a new learner; then the picture password.
 * Saved: the new-learner form as typed, and whose picture sign-in is open (never the
 * pictures tapped so far: a password is not kept outside the core).
 */
class LearnerPicker(
    private val app: SafeSteps,
    private val saved: Saved = emptyMap(),
    executor: Executor = DirectExecutor,
    /** The app's languages for this screen (empty: those the core was opened with). */
    private val locales: List<String> = emptyList(),
) : StateHolder<LearnerPickerState>(LearnerPickerState(), executor) {
    override fun withError(state: LearnerPickerState, message: String?) = state.copy(error = message)

    override fun save(): Saved = buildMap<String, Any?> {
        state.form?.let { f ->
            put("form.nickname", f.nickname)
            put("form.avatar", f.avatarId)
            put("form.age", f.ageBand?.name)
        }
        state.pictureSignIn?.let { put("signIn", it.learnerId) }
    }

    fun load() = launch {
        refresh()
        if (saved.containsKey("form.nickname")) {
            update {
                it.copy(
                    form = NewLearnerForm(
                        nickname = saved.string("form.nickname").orEmpty(),
                        avatarId = saved.string("form.avatar"),
                        ageBand = saved.string("form.age")?.let { n -> AgeBand.entries.firstOrNull { b -> b.name == n } },
                    ),
                )
            }
        }
        saved.string("signIn")?.let { id -> if (state.learners.any { it.id == id }) pickNow(id) }
    }

    private fun refresh() {
        val avatars = app.avatars().map { PictureChoice(it.id, it.path, it.alt) }
        val learners = core { app.learners() } ?: return
        val labels = app.labels(locales, PickerKeys, state.labels.formatted)
        update {
            it.copy(
                labels = labels,
                direction = labels.direction,
                avatars = avatars,
                learners = learners.map { l -> tile(l, avatars) },
                loading = false,
                error = null,
            )
        }
    }

    // -- a new learner --

    // Typing and tapping in a form never call the core: they change the state at once, on
    // the calling (main) thread, so a text field never waits for the core thread.

    fun startNewLearner() = update { it.copy(form = NewLearnerForm(), error = null) }

    fun setNickname(nickname: String) = updateForm { it.copy(nickname = nickname) }

    fun chooseAvatar(avatarId: String) = updateForm { it.copy(avatarId = avatarId) }

    fun chooseAgeBand(ageBand: AgeBand?) = updateForm { it.copy(ageBand = ageBand) }

    fun cancelNewLearner() = update { it.copy(form = null) }

    /** Creates the learner (the core refuses nicknames that look like a phone number or email) and signs them in. */
    fun createLearner() = launch {
        val form = state.form ?: return@launch
        if (!form.canCreate) return@launch
        val learner = core { app.createLearner(form.nickname.trim(), form.avatarId!!, form.ageBand) } ?: return@launch
        update { it.copy(form = null, error = null) }
        refresh()
        pickNow(learner.id)
    }

    // -- signing in --

    /** The child tapped their avatar. */
    fun pick(learnerId: String) = launch { pickNow(learnerId) }

    private fun pickNow(learnerId: String) {
        val result = core { app.signIn(learnerId, null) } ?: return
        when (result) {
            is SignInResult.SignedIn -> update { it.copy(signedIn = result.learner, pictureSignIn = null, error = null) }
            is SignInResult.PicturePasswordNeeded -> {
                val grid = app.picturePasswordGrid().map { PictureChoice(it.id, it.path, it.alt) }
                val nickname = state.learners.firstOrNull { it.id == learnerId }?.nickname.orEmpty()
                val prompt = app.format(locales, "tap-your-pictures", "nickname" to nickname)
                update {
                    it.copy(
                        pictureSignIn = PictureSignIn(learnerId, nickname, grid),
                        labels = it.labels.copy(formatted = it.labels.formatted + ("tap-your-pictures" to prompt)),
                        error = null,
                    )
                }
            }
            is SignInResult.NotRight -> updateSignIn { it.copy(failures = result.failures.toInt()) }
            is SignInResult.Wait -> {
                val grid = app.picturePasswordGrid().map { PictureChoice(it.id, it.path, it.alt) }
                val nickname = state.learners.firstOrNull { it.id == learnerId }?.nickname.orEmpty()
                update {
                    it.copy(pictureSignIn = PictureSignIn(learnerId, nickname, grid, waitSeconds = result.seconds.toInt()))
                }
            }
        }
    }

    fun tapPicture(pictureId: String) =
        updateSignIn { if (it.chosen.size >= PicturePasswordMax) it else it.copy(chosen = it.chosen + pictureId) }

    fun removeLastPicture() = updateSignIn { it.copy(chosen = it.chosen.dropLast(1)) }

    fun submitPictures() = launch {
        val sign = state.pictureSignIn ?: return@launch
        if (!sign.canSubmit) return@launch
        val result = core { app.signIn(sign.learnerId, sign.chosen) } ?: return@launch
        when (result) {
            is SignInResult.SignedIn -> update { it.copy(signedIn = result.learner, pictureSignIn = null, error = null) }
            is SignInResult.NotRight -> updateSignIn { it.copy(chosen = emptyList(), failures = result.failures.toInt()) }
            is SignInResult.Wait -> updateSignIn { it.copy(chosen = emptyList(), waitSeconds = result.seconds.toInt()) }
            is SignInResult.PicturePasswordNeeded -> updateSignIn { it.copy(chosen = emptyList()) }
        }
    }

    /** The wait is over (the screen counts down [PictureSignIn.waitSeconds]). */
    fun waitOver() = updateSignIn { it.copy(waitSeconds = 0) }

    fun cancelSignIn() = update { it.copy(pictureSignIn = null) }

    /** The signed-in child chooses (or with null, removes) a picture password: 3 to 6 picture ids. */
    fun setPicturePassword(sequence: List<String>?) = launch {
        val learner = state.signedIn ?: return@launch
        core { app.setPicturePassword(learner.id, sequence) } ?: return@launch
        val updated = core { app.learner(learner.id) } ?: return@launch
        update { it.copy(signedIn = updated, error = null) }
        refresh()
    }

    /** The app went to Home; coming back shows the picker again. */
    fun signOut() = update { it.copy(signedIn = null) }

    private fun updateForm(change: (NewLearnerForm) -> NewLearnerForm) =
        update { s -> s.form?.let { s.copy(form = change(it)) } ?: s }

    private fun updateSignIn(change: (PictureSignIn) -> PictureSignIn) =
        update { s -> s.pictureSignIn?.let { s.copy(pictureSignIn = change(it)) } ?: s }

    private fun tile(l: LearnerView, avatars: List<PictureChoice>) =
        LearnerTile(l.id, l.nickname, avatars.firstOrNull { it.id == l.avatar }, l.hasPicturePassword)
}
