#pragma once

#include <QDialogButtonBox>

namespace kansa {

// OK and Cancel for a dialog, wired to its accept() (which the dialog may override to check first) and
// reject().
QDialogButtonBox* okCancelButtons(QDialog* dialog,
                                  QDialogButtonBox::StandardButtons buttons = QDialogButtonBox::Ok |
                                                                              QDialogButtonBox::Cancel);

} // namespace kansa
