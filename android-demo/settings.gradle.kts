// SafeSteps Android demo: `core` (the Rust core's UniFFI bindings + native libraries) and `app` (Compose).
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "SafeStepsDemo"
include(":core", ":app")
