import { Command } from 'commander';
import type { ValidationResult } from '../../domain/validators/result.ts';
import { validateIdCardNumber } from '../../domain/validators/id-card.ts';
import { validateUscc } from '../../domain/validators/uscc.ts';
import { validateMobileNumber } from '../../domain/validators/mobile.ts';
import { runAction, processOutput, type CommandOutput } from './calendar.ts';

/** Prints `valid`, or the Chinese reason with exit code 1 (the reason is the answer, so stdout). */
function report(output: CommandOutput, result: ValidationResult): void {
  if (result.ok) {
    output.out('valid');
    return;
  }
  output.out(result.message);
  process.exitCode = 1;
}

export function validateCommand(output: CommandOutput = processOutput): Command {
  const command = new Command('validate')
    .description('校验证件号码')
    .configureOutput({ writeOut: (s) => output.out(s.trimEnd()), writeErr: (s) => output.err(s.trimEnd()) });

  command
    .command('id-card')
    .description('校验18位居民身份证号码（GB 11643）')
    .argument('<value>', '身份证号码')
    .option('--today <date>', '以该日期判断出生日期是否晚于今天（YYYY-MM-DD，默认今天）')
    .action((value: string, options: { today?: string }) => {
      // A malformed --today is bad input: Chinese error on stderr, like the calendar commands.
      runAction(output, () => {
        report(
          output,
          validateIdCardNumber(value, options.today === undefined ? {} : { today: options.today }),
        );
      });
    });

  command
    .command('uscc')
    .description('校验统一社会信用代码（GB 32100-2015）')
    .argument('<value>', '统一社会信用代码')
    .action((value: string) => report(output, validateUscc(value)));

  command
    .command('mobile')
    .description('校验中国大陆手机号码')
    .argument('<value>', '手机号码')
    .action((value: string) => report(output, validateMobileNumber(value)));

  return command;
}
