import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length, ValidateNested } from 'class-validator';
import { EffectiveAtDto } from '../../forums/dto/validation';
import { EvidenceDto } from './evidence.dto';

export class MarkImplementedDto extends EffectiveAtDto {
  @ApiProperty({ example: '120 school psychologists in Khatlon completed the course; it is now part of in-service training' })
  @IsString()
  @Length(3, 4000)
  summary: string;

  @ApiProperty({ type: [EvidenceDto], description: 'At least one link or document' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence: EvidenceDto[];
}
