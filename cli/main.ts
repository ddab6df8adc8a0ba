import { Command } from 'commander';
import { calendarCommand } from './commands/calendar.ts';
import { clockCommand } from './commands/clock.ts';
import { migrateCommand } from './commands/migrate.ts';
import { seedCommand } from './commands/seed.ts';
import { serveCommand } from './commands/serve.ts';
import { validateCommand } from './commands/validate.ts';
import { verifyAuditCommand } from './commands/verify-audit.ts';

const program = new Command('onewindow')
  .description('OneWindow 一窗通 — the platform a government service center runs on')
  .showHelpAfterError()
  .addCommand(serveCommand())
  .addCommand(migrateCommand())
  .addCommand(seedCommand())
  .addCommand(calendarCommand())
  .addCommand(clockCommand())
  .addCommand(validateCommand())
  .addCommand(verifyAuditCommand());

await program.parseAsync(process.argv);
