#pragma once

#include "common/RequiredFields.h"

#include <QDialogButtonBox>

namespace kansa {

// OK and Cancel for a dialog, wired to its accept() (which the dialog may override to check first) and
// reject().
QDialogButtonBox* okCancelButtons(QDialog* dialog,
                                  QDialogButtonBox::StandardButtons buttons = QDialogButtonBox::Ok |
                                                                              QDialogButtonBox::Cancel);

// The same, where OK accepts only when the required fields are filled (RequiredFields::check).
QDialogButtonBox* okCancelButtons(QDialog* dialog, const RequiredFields& required,
                                  QDialogButtonBox::StandardButtons buttons = QDialogButtonBox::Ok |
                                                                              QDialogButtonBox::Cancel);

} // namespace kansa
