#pragma once

class QCoreApplication;

namespace rd {

/// Ends the event loop normally on SIGTERM, SIGINT and SIGHUP (a logout, a service manager,
/// Ctrl+C), so that everything is closed in order: the database, the outbox, and the sample's
/// simulator, which must never outlive the app. Does nothing where there are no such signals.
void quitOnTerminationSignals(QCoreApplication *app);

} // namespace rd
