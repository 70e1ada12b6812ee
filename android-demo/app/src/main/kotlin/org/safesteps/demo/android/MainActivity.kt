package org.safesteps.demo.android

import android.content.Intent
import android.os.Bundle
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.getValue
import androidx.compose.runtime.produceState
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.unit.dp
import org.safesteps.core.ApiException
import org.safesteps.core.SafeSteps
import org.safesteps.demo.R
import org.safesteps.demo.errorMessage

class MainActivity : ComponentActivity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val app = application as DemoApp
        setContent {
            // Dark mode follows the phone; the change recreates the Activity, and the
            // AppViewModel keeps the back stack and every holder through it.
            MaterialTheme(colorScheme = if (isSystemInDarkTheme()) darkColorScheme() else lightColorScheme()) {
                Surface(Modifier.fillMaxSize()) {
                    val opened by produceState<Result<SafeSteps>?>(null) {
                        value = runCatching { app.core.await() }
                    }
                    val result = opened
                    when {
                        result == null -> Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) {
                            CircularProgressIndicator()
                        }
                        result.isSuccess -> SafeStepsNavigation(result.getOrThrow(), onQuickExit = { quickExit() })
                        else -> {
                            val e = result.exceptionOrNull()
                            val message = if (e is ApiException) errorMessage(e) else stringResource(R.string.open_failed)
                            Text(message, Modifier.padding(24.dp), style = MaterialTheme.typography.bodyLarge)
                        }
                    }
                }
            }
        }
    }

    /**
     * Quick exit: leave at once, with no question asked. Shows the phone's home screen and
     * removes SafeSteps from the recent apps, so nobody sees what was on screen.
     */
    fun quickExit() {
        runOnUiThread {
            startActivity(
                Intent(Intent.ACTION_MAIN).addCategory(Intent.CATEGORY_HOME).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
            )
            finishAndRemoveTask()
        }
    }
}
