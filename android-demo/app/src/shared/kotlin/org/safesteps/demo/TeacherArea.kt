package org.safesteps.demo

import java.util.concurrent.Executor
import org.safesteps.core.ApiException
import org.safesteps.core.AssignmentTarget
import org.safesteps.core.Audience
import org.safesteps.core.ClassReport
import org.safesteps.core.ImportSummary
import org.safesteps.core.NewAssignment
import org.safesteps.core.SafeSteps
import org.safesteps.core.TextDirection
import org.safesteps.core.TeacherArea as CoreTeacherArea

data class ClassRow(val id: String, val name: String, val learnerIds: List<String>, val groups: Int)

data class AssignmentRow(
    val id: String,
    val moduleTitles: List<String>,
    /** The class, group or learner it is for. */
    val targetName: String,
    val learnerCount: Int,
    val dueMs: Long?,
    val withdrawn: Boolean,
)

data class ModuleChoice(val id: String, val title: String, val audience: Audience)

data class LearnerChoice(val id: String, val nickname: String)

data class LearnerReportRow(
    val nickname: String,
    val assigned: Int,
    val started: Int,
    val completed: Int,
    val mastered: Int,
    val quizPercent: Int?,
    val attempts: Int,
    val minutes: Int,
)

data class ModuleReportRow(
    val title: String,
    val assigned: Int,
    val started: Int,
    val completed: Int,
    val mastered: Int,
    val quizPercent: Int?,
    /** Learning gain from the before/after knowledge check, in percentage points. */
    val gainPoints: Int?,
)

/** A question many got wrong, and the wrong answer chosen most. */
data class QuestionReportRow(
    val prompt: String,
    val attempts: Int,
    val wrongPercent: Int,
    val topWrongAnswer: String?,
    val topWrongCount: Int,
)

data class ClassReportUi(
    val classId: String,
    val className: String,
    val learners: List<LearnerReportRow>,
    val modules: List<ModuleReportRow>,
    val questions: List<QuestionReportRow>,
)

/** What an imported bundle changed. */
data class ImportUi(
    val progress: Boolean,
    val learnersAdded: Int,
    val eventsAdded: Int,
    val eventsAlreadyHere: Int,
    val assignmentsChanged: Int,
    val classesChanged: Int,
)

data class TeacherAreaState(
    val direction: TextDirection = TextDirection.LTR,
    /** False on a new device: the screen asks to set a PIN first. */
    val pinSet: Boolean = false,
    val unlocked: Boolean = false,
    /** Why the PIN was refused, with the wait ("That PIN was not right; try again in 30 seconds."). */
    val pinMessage: String? = null,
    /** Shown once after setting a PIN, when the core gives one: keep it on paper. */
    val recoveryCode: String? = null,
    val classes: List<ClassRow> = emptyList(),
    val assignments: List<AssignmentRow> = emptyList(),
    val modules: List<ModuleChoice> = emptyList(),
    val learners: List<LearnerChoice> = emptyList(),
    val report: ClassReportUi? = null,
    /** Pieces (QR codes) of the last exported bundle. */
    val exportPieces: Int = 0,
    /** Pieces received of a bundle arriving in pieces, and how many it has. */
    val piecesReceived: Int = 0,
    val piecesTotal: Int = 0,
    val lastImport: ImportUi? = null,
    /** This device's pairing QR text and the six digits to show beside it. */
    val pairingOffer: String? = null,
    val pairingCode: String? = null,
    /** Devices paired with this one ("Teacher" or "Learner" and the code they showed). */
    val pairedDevices: List<String> = emptyList(),
    /** The screen's words in the app's language. */
    val labels: Labels = Labels(),
    val loading: Boolean = true,
    val error: String? = null,
)

/** The words of the teacher area. */
val TeacherKeys = listOf(
    "teacher-area", "teachers-pin", "choose-pin", "set-pin", "pin-only-numbers", "pin-why", "enter-pin", "pin",
    "new-pin", "recovery-code-title", "recovery-code-help", "written-down", "lock", "classes", "class-name",
    "create-class", "learners", "modules", "report", "manage", "assign-module", "add-learner", "assignments",
    "withdraw", "withdrawn", "share-with-devices", "export-assignments", "import-bundle", "import-pieces",
    "pair-device", "for-teachers",
)

/** Size of one bundle piece: small enough for one QR code. */
const val BundlePieceBytes = 300

/**
 * The teacher area behind a PIN: classes, assignments, reports, bundles to and from
 * learners' devices. Close it (or call [lock]) when the teacher leaves.
 */
class TeacherArea(
    private val app: SafeSteps,
    private val saved: Saved = emptyMap(),
    executor: Executor = DirectExecutor,
    /** The app's languages for this screen (empty: those the core was opened with). */
    private val locales: List<String> = emptyList(),
) : StateHolder<TeacherAreaState>(TeacherAreaState(), executor), AutoCloseable {
    private var area: CoreTeacherArea? = null

    /** The class report to open again once the teacher is back in (after a restart: PIN first). */
    private var reportToOpen: String? = saved.string("report")

    override fun withError(state: TeacherAreaState, message: String?) = state.copy(error = message)

    /**
     * Saved: the class report that was open. Never the PIN nor the session: after process
     * death the teacher enters the PIN again, then sees the same report.
     */
    override fun save(): Saved = mapOf("report" to (state.report?.classId ?: reportToOpen))

    fun load() = launch {
        val set = core { app.hasTeacherPin() } ?: return@launch
        val labels = app.labels(locales, TeacherKeys)
        update { it.copy(labels = labels, direction = labels.direction, pinSet = set, loading = false, error = null) }
    }

    /** Sets the PIN (the current one is needed to change it), then opens the area. */
    fun setPin(newPin: String, currentPin: String? = null) = launch {
        // The core may return a recovery code to show once; older cores return nothing.
        val result: Any = core { app.setTeacherPin(currentPin, newPin) } ?: return@launch
        update { it.copy(pinSet = true, recoveryCode = result as? String, pinMessage = null, error = null) }
        enterPinNow(newPin)
    }

    /** The teacher wrote the recovery code down. */
    fun recoveryCodeSeen() = launch { update { it.copy(recoveryCode = null) } }

    /** Opens the area; a wrong PIN says so, with the wait before the next try. */
    fun enterPin(pin: String) = launch { enterPinNow(pin) }

    private fun enterPinNow(pin: String) {
        val opened = try {
            app.teacherArea(pin)
        } catch (e: ApiException.Locked) {
            update { it.copy(unlocked = false, pinMessage = messageFor(e)) }
            return
        } catch (e: Exception) {
            update { it.copy(error = messageFor(e)) }
            return
        }
        area?.close()
        area = opened
        update { it.copy(unlocked = true, pinMessage = null, error = null) }
        refresh()
        reportToOpen?.let { openReportNow(it) }
    }

    /** Ends the session now (also when the teacher leaves the screen). */
    fun lock() = launch { lockNow() }

    private fun lockNow() {
        area?.close()
        area = null
        reportToOpen = null
        update { it.copy(unlocked = false, report = null) }
    }

    /** Ends the session (the screen's ViewModel is cleared). */
    override fun close() = lock()

    fun createClass(name: String) = launch {
        withArea { it.createClass(name.trim()) } ?: return@launch
        refresh()
    }

    fun addToClass(classId: String, learnerId: String) = launch {
        withArea { it.addToClass(classId, learnerId) } ?: return@launch
        refresh()
    }

    /** Assigns modules to a whole class, with an optional due date. */
    fun assignToClass(classId: String, moduleIds: List<String>, dueMs: Long? = null) =
        assign(NewAssignment(moduleIds, AssignmentTarget.Class(classId), null, dueMs))

    /** Assigns modules to one learner. */
    fun assignToLearner(learnerId: String, moduleIds: List<String>, dueMs: Long? = null) =
        assign(NewAssignment(moduleIds, AssignmentTarget.Learner(learnerId), null, dueMs))

    fun withdraw(assignmentId: String) = launch {
        withArea { it.withdrawAssignment(assignmentId) } ?: return@launch
        refresh()
    }

    fun openReport(classId: String) = launch { openReportNow(classId) }

    private fun openReportNow(classId: String) {
        reportToOpen = null
        val report = withArea { it.classReport(classId) } ?: return
        update { it.copy(report = reportUi(report), error = null) }
        addFormatted("report-for", "class" to report.className)
    }

    fun closeReport() = launch { update { it.copy(report = null) } }

    /** The class report as CSV with nicknames, to save on this device; [onReady] gets it on the core thread. */
    fun learnersCsv(classId: String, onReady: (String) -> Unit) = launch {
        withArea { it.exportLearnersCsv(classId) }?.let(onReady)
    }

    /** CSV with no nicknames, groups smaller than [minGroup] suppressed: safe to share. */
    fun aggregateCsv(minGroup: Int = 5, onReady: (String) -> Unit) = launch {
        withArea { it.exportAggregateCsv(minGroup) }?.let(onReady)
    }

    /** The assignments as QR-sized pieces for learners' devices; [onReady] gets them on the core thread. */
    fun exportAssignments(onReady: (List<ByteArray>) -> Unit) = launch {
        val bundle = withArea { it.exportAssignmentsBundle() } ?: return@launch
        val pieces = core { app.bundleChunks(bundle, BundlePieceBytes) } ?: return@launch
        update { it.copy(exportPieces = pieces.size, error = null) }
        addFormatted("pieces-ready", "count" to pieces.size)
        onReady(pieces)
    }

    /** A whole bundle from a file (progress from learners' devices, or assignments). */
    fun importBundle(bundle: ByteArray) = launch {
        val summary = core { app.importBundle(bundle) } ?: return@launch
        update { it.copy(lastImport = importUi(summary), error = null) }
        if (area != null) refresh()
    }

    /** Shows this device's pairing QR code and six digits, for the other device to read. */
    fun showPairingOffer() = launch {
        val offer = core { app.pairingOffer() } ?: return@launch
        update { it.copy(pairingOffer = offer.offer, pairingCode = offer.code, error = null) }
        refreshPaired()
    }

    /**
     * Pairs with a learner's device (teacher side, PIN needed): its QR text and the six digits
     * its screen shows, typed by the teacher. A code that does not match is refused.
     */
    fun pairLearnerDevice(offer: String, code: String) = launch {
        withArea { it.pairLearnerDevice(offer, code) } ?: return@launch
        refreshPaired()
    }

    /** Pairs with the teacher's device (on a learner's device): its QR text and six digits. */
    fun pairTeacherDevice(offer: String, code: String) = launch {
        core { app.pairTeacherDevice(offer, code) } ?: return@launch
        refreshPaired()
    }

    private fun refreshPaired() {
        val paired = core { app.pairedDevices() } ?: return
        update { s -> s.copy(pairedDevices = paired.map { "${it.role.name.lowercase()} ${it.code}" }, error = null) }
    }

    /** One scanned piece of a bundle; the bundle is imported when the last piece arrives. */
    fun receivePiece(piece: ByteArray) = launch {
        val progress = core { app.receiveChunk(piece) } ?: return@launch
        update {
            it.copy(
                piecesReceived = progress.received.toInt(),
                piecesTotal = progress.total.toInt(),
                lastImport = progress.imported?.let(::importUi) ?: it.lastImport,
                error = null,
            )
        }
        addFormatted("pieces-received", "received" to state.piecesReceived, "total" to state.piecesTotal)
        if (progress.imported != null && area != null) refresh()
    }

    /** A text with variables now on screen, formatted by the core into the labels. */
    private fun addFormatted(key: String, vararg args: Pair<String, Any>) {
        val text = core { app.format(locales, key, *args) } ?: return
        update { it.copy(labels = it.labels.copy(formatted = it.labels.formatted + (key to text))) }
    }

    private fun assign(assignment: NewAssignment) = launch {
        withArea { it.assign(assignment) } ?: return@launch
        refresh()
    }

    private fun refresh() {
        val classes = withArea { it.classes() } ?: return
        val assignments = withArea { it.assignments() } ?: return
        val modules = core { app.modules(null) } ?: return
        val learners = core { app.learners() } ?: return
        val titles = modules.associate { it.id to it.title }
        update {
            it.copy(
                classes = classes.map { c -> ClassRow(c.id, c.name, c.learnerIds, c.groups.size) },
                assignments = assignments.map { a ->
                    AssignmentRow(
                        id = a.id,
                        moduleTitles = a.moduleIds.map { m -> titles[m] ?: m },
                        targetName = a.targetName,
                        learnerCount = a.learnerCount.toInt(),
                        dueMs = a.dueMs,
                        withdrawn = a.withdrawn,
                    )
                },
                modules = modules.map { m -> ModuleChoice(m.id, m.title, m.audience) },
                learners = learners.map { l -> LearnerChoice(l.id, l.nickname) },
                error = null,
            )
        }
    }

    /** A call in the open area; a session that ended (15 idle minutes) asks for the PIN again. */
    private fun <T> withArea(call: (CoreTeacherArea) -> T): T? {
        val open = area
        if (open == null) {
            update { it.copy(unlocked = false) }
            return null
        }
        return try {
            call(open)
        } catch (e: ApiException.Locked) {
            area = null
            open.close()
            update { it.copy(unlocked = false, pinMessage = messageFor(e)) }
            null
        } catch (e: Exception) {
            update { it.copy(error = messageFor(e)) }
            null
        }
    }
}

private fun reportUi(r: ClassReport) = ClassReportUi(
    classId = r.classId,
    className = r.className,
    learners = r.learners.map {
        LearnerReportRow(
            nickname = it.nickname,
            assigned = it.assigned.toInt(),
            started = it.started.toInt(),
            completed = it.completed.toInt(),
            mastered = it.mastered.toInt(),
            quizPercent = it.quizScore?.let(::percent),
            attempts = it.attempts.toInt(),
            minutes = (it.timeSpentMs / 60_000).toInt(),
        )
    },
    modules = r.modules.map {
        ModuleReportRow(
            title = it.title,
            assigned = it.assigned.toInt(),
            started = it.started.toInt(),
            completed = it.completed.toInt(),
            mastered = it.mastered.toInt(),
            quizPercent = it.quizScore?.let(::percent),
            gainPoints = it.gain?.let { g -> percent(g.gain) },
        )
    },
    questions = r.questions.map {
        QuestionReportRow(
            prompt = it.prompt,
            attempts = it.attempts.toInt(),
            wrongPercent = percent(it.wrongRate),
            topWrongAnswer = it.topWrongText,
            topWrongCount = it.topWrongCount.toInt(),
        )
    },
)

private fun importUi(s: ImportSummary) = ImportUi(
    progress = s.kind == org.safesteps.core.BundleKind.PROGRESS,
    learnersAdded = s.learnersAdded.toInt(),
    eventsAdded = s.eventsAdded.toInt(),
    eventsAlreadyHere = s.eventsAlreadyHere.toInt(),
    assignmentsChanged = s.assignmentsChanged.toInt(),
    classesChanged = s.classesChanged.toInt(),
)
