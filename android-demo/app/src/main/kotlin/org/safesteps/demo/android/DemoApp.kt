package org.safesteps.demo.android

import android.app.Application
import android.util.Log
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Deferred
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.async
import kotlinx.coroutines.asCoroutineDispatcher
import org.safesteps.core.LogLevel
import org.safesteps.core.LogSink
import org.safesteps.core.SafeSteps
import org.safesteps.core.setLogSink
import org.safesteps.core.android.SafeStepsAndroid

/**
 * The one thread that talks to the core. Core calls block (SQLite, PIN hashing), so they
 * never run on the main thread; one thread also means the state holders see one call at a time.
 */
val CoreExecutor: ExecutorService =
    Executors.newSingleThreadExecutor { r -> Thread(r, "safesteps-core").apply { isDaemon = true } }

/** [CoreExecutor] for coroutines. */
val CoreDispatcher: CoroutineDispatcher = CoreExecutor.asCoroutineDispatcher()

/** SafeSteps' log lines in Logcat (tag "SafeSteps"). The core never logs a nickname. */
object LogcatSink : LogSink {
    override fun log(level: LogLevel, target: String, message: String) {
        val priority = when (level) {
            LogLevel.ERROR -> Log.ERROR
            LogLevel.WARN -> Log.WARN
            LogLevel.INFO -> Log.INFO
            LogLevel.DEBUG -> Log.DEBUG
            LogLevel.TRACE -> Log.VERBOSE
        }
        Log.println(priority, "SafeSteps", "$target: $message")
    }
}

class DemoApp : Application() {
    private val scope = CoroutineScope(SupervisorJob())

    /** The one long-lived core object of the app, opened on the core thread at start-up. */
    lateinit var core: Deferred<SafeSteps>
        private set

    override fun onCreate() {
        super.onCreate()
        setLogSink(LogcatSink, LogLevel.INFO)
        core = scope.async(CoreDispatcher) { SafeStepsAndroid.open(this@DemoApp) }
    }
}
